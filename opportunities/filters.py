"""The listing's filters, shared by the listing page, the feed, the iCalendar and the API.

``OpportunityFilters.from_query(request.GET)`` reads the URL contract's
parameters (each code filter repeatable); unknown values are dropped and named in
``notes``, never an error. ``apply()`` filters a queryset; ``facet_counts()``
counts each filter value given the other filters.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from . import vocabularies as vocab
from .models import OpportunityLanguage, OpportunitySupport

MAX_VALUES_PER_FILTER = 40
MAX_QUERY_LENGTH = 100
SORTS = {
    "deadline": ("application_deadline", "pk"),
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
}

# parameter -> (vocabulary codes, how to read one value)
CODE_FILTERS = {
    "country": (vocab.codes(vocab.COUNTRIES), str.upper),
    "sector": (vocab.codes(vocab.SECTORS), str.upper),
    "type": (vocab.codes(vocab.OPPORTUNITY_TYPES), str.lower),
    "eqf": ([str(level) for level in vocab.codes(vocab.EQF_LEVELS)], str.strip),
    "language": (vocab.codes(vocab.LANGUAGES), str.lower),
    "support": (vocab.codes(vocab.SUPPORT), str.lower),
}
# Single-valued codes on the page row itself: counted in one conditional aggregate.
ROW_FIELDS = {"country": "country", "sector": "sector", "type": "opportunity_type"}


@dataclass
class OpportunityFilters:
    country: list = field(default_factory=list)
    sector: list = field(default_factory=list)
    type: list = field(default_factory=list)
    eqf: list = field(default_factory=list)
    language: list = field(default_factory=list)
    support: list = field(default_factory=list)
    q: str = ""
    open_only: bool = True
    sort: str = "deadline"
    notes: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query):
        """Read a QueryDict (``request.GET``); never raises on bad input."""
        filters = cls()
        for name, (allowed, normalise) in CODE_FILTERS.items():
            values = []
            for raw in query.getlist(name)[:MAX_VALUES_PER_FILTER]:
                for part in str(raw).split(","):
                    value = normalise(part.strip().replace("\x00", ""))
                    if not value:
                        continue
                    if value in allowed:
                        if value not in values:
                            values.append(value)
                    else:
                        filters.notes.append(
                            _("Unknown value “%(value)s” for “%(name)s” was ignored.")
                            % {"value": value[:40], "name": name}
                        )
            setattr(filters, name, values)
        filters.q = " ".join((query.get("q") or "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]
        filters.open_only = (query.get("open") or "1").strip() not in {"0", "false", "no", "all"}
        sort = (query.get("sort") or "deadline").strip()
        if sort in SORTS:
            filters.sort = sort
        else:
            filters.notes.append(_("Unknown sort order “%(value)s” was ignored.") % {"value": sort[:40]})
        return filters

    # --- Filtering ---------------------------------------------------------
    def conditions(self, exclude=None):
        """Q objects for the code filters, except the one named ``exclude`` (for its facet)."""
        conditions = []
        for name, field_name in ROW_FIELDS.items():
            values = getattr(self, name)
            if values and name != exclude:
                conditions.append(Q(**{f"{field_name}__in": values}))
        if self.eqf and exclude != "eqf":
            levels = Q()
            for level in self.eqf:
                levels |= Q(eqf_min__lte=int(level), eqf_max__gte=int(level))
            conditions.append(levels)
        if self.language and exclude != "language":
            conditions.append(
                Q(pk__in=OpportunityLanguage.objects.filter(language__in=self.language).values("page_id"))
            )
        if self.support and exclude != "support":
            conditions.append(Q(pk__in=OpportunitySupport.objects.filter(support__in=self.support).values("page_id")))
        return conditions

    def base(self, queryset):
        """The filters every facet shares: open or not, and the text."""
        if self.open_only:
            queryset = queryset.open()
        if self.q:
            queryset = queryset.matching_text(self.q)
        return queryset

    def apply(self, queryset):
        queryset = self.base(queryset)
        for condition in self.conditions():
            queryset = queryset.filter(condition)
        return queryset.order_by(*SORTS[self.sort])

    # --- Facets --------------------------------------------------------------
    def facet_counts(self, queryset):
        """``{filter: {code: count}}``, each filter's counts given all the other filters.

        Three queries whatever the number of opportunities: one conditional
        aggregate for the single-valued codes and EQF levels, one grouped count for
        languages and one for support.
        """
        base = self.base(queryset)
        aggregates = {}
        for name, field_name in ROW_FIELDS.items():
            others = self.conditions(exclude=name)
            for code in CODE_FILTERS[name][0]:
                aggregates[f"{name}__{code}"] = Count("pk", filter=Q(*others, **{field_name: code}))
        eqf_others = self.conditions(exclude="eqf")
        for level in vocab.codes(vocab.EQF_LEVELS):
            aggregates[f"eqf__{level}"] = Count("pk", filter=Q(*eqf_others, eqf_min__lte=level, eqf_max__gte=level))
        counts = {name: {} for name in CODE_FILTERS}
        for key, value in base.aggregate(**aggregates).items():
            name, code = key.split("__", 1)
            counts[name][code] = value

        for name, model, column in (
            ("language", OpportunityLanguage, "language"),
            ("support", OpportunitySupport, "support"),
        ):
            pages = base
            for condition in self.conditions(exclude=name):
                pages = pages.filter(condition)
            rows = (
                model.objects.filter(page__in=pages.values("pk"))
                .values(column)
                .annotate(n=Count("page", distinct=True))
                .order_by()
            )
            counts[name] = {row[column]: row["n"] for row in rows}
        return counts

    # --- Presentation --------------------------------------------------------
    def is_filtered(self):
        return any(getattr(self, name) for name in CODE_FILTERS) or bool(self.q) or not self.open_only

    def chips(self, query):
        """Removable filter chips: each active value with the query string without it."""
        from . import vocabularies as v

        labels = {
            "country": v.COUNTRIES,
            "sector": v.SECTORS,
            "type": v.OPPORTUNITY_TYPES,
            "language": v.LANGUAGES,
            "support": v.SUPPORT,
        }
        chips = []
        for name in CODE_FILTERS:
            for value in getattr(self, name):
                remaining = query.copy()
                remaining.setlist(name, [other for other in getattr(self, name) if other != value])
                remaining.pop("page", None)
                label = _("EQF level %(level)s") % {"level": value} if name == "eqf" else v.label(labels[name], value)
                chips.append({"label": label, "query": remaining.urlencode()})
        if self.q:
            remaining = query.copy()
            remaining.pop("q", None)
            remaining.pop("page", None)
            chips.append({"label": f"“{self.q}”", "query": remaining.urlencode()})
        return chips
