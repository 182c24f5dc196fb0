"""The listing's filters, shared by the listing page, the feed, the iCalendar and the API.

``OpportunityFilters.from_query(request.GET)`` reads the URL contract's
parameters (each code filter repeatable); unknown values are dropped and named in
``notes``, never an error. ``apply()`` filters a queryset; ``facet_counts()``
counts each filter value given the other filters.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from home import vocabularies as vocab
from home.filtering import read_codes

from .models import OpportunityLanguage, OpportunitySupport

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
# Single-valued codes on the page row itself: counted together in one grouped query.
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
            setattr(filters, name, read_codes(query, name, allowed, normalise, filters.notes))
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
        for name in ("language", "support"):
            condition = self._child_condition(name)
            if condition is not None and exclude != name:
                conditions.append(condition)
        return conditions

    def _child_condition(self, name):
        """The filter on a multi-valued code kept in child rows (language, support), or None."""
        values = getattr(self, name)
        if not values:
            return None
        if name == "language":
            return Q(pk__in=OpportunityLanguage.objects.filter(language__in=values).values("page_id"))
        return Q(pk__in=OpportunitySupport.objects.filter(support__in=values).values("page_id"))

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

        Three queries whatever the number of opportunities. The single-valued
        codes (country, sector, type) and the EQF range come from one grouped
        count, whose few rows (one per combination present) are tallied here for
        each facet with the other facets' filters; languages and support are
        each one grouped count over their child rows.
        """
        base = self.base(queryset)
        counts = {name: {} for name in CODE_FILTERS}

        rows = base
        for name in ("language", "support"):
            condition = self._child_condition(name)
            if condition is not None:
                rows = rows.filter(condition)
        grouped = rows.values(*ROW_FIELDS.values(), "eqf_min", "eqf_max").annotate(n=Count("pk")).order_by()
        for row in grouped:
            passes = {
                name: not getattr(self, name) or row[field_name] in getattr(self, name)
                for name, field_name in ROW_FIELDS.items()
            }
            levels = [str(level) for level in range(row["eqf_min"], row["eqf_max"] + 1)]
            passes["eqf"] = not self.eqf or any(level in self.eqf for level in levels)
            for name in passes:
                if not all(ok for other, ok in passes.items() if other != name):
                    continue
                values = levels if name == "eqf" else [row[ROW_FIELDS[name]]]
                for value in values:
                    counts[name][value] = counts[name].get(value, 0) + row["n"]

        for name, model, column in (
            ("language", OpportunityLanguage, "language"),
            ("support", OpportunitySupport, "support"),
        ):
            pages = base
            for condition in self.conditions(exclude=name):
                pages = pages.filter(condition)
            child_rows = (
                model.objects.filter(page__in=pages.values("pk"))
                .values(column)
                .annotate(n=Count("page", distinct=True))
                .order_by()
            )
            counts[name] = {row[column]: row["n"] for row in child_rows}
        return counts

    # --- Presentation --------------------------------------------------------
    def is_filtered(self):
        return any(getattr(self, name) for name in CODE_FILTERS) or bool(self.q) or not self.open_only

    def chips(self, query):
        """Removable filter chips: each active value with the query string without it."""
        from home import vocabularies as v

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
