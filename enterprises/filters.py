"""The listing's filters: ``country``, ``sector`` and ``kind``, each repeatable.

``OrganisationFilters.from_query(request.GET)`` drops unknown values and names
them in ``notes``, never an error. ``facet_counts()`` counts each value given the
other filters, in two queries whatever the number of profiles.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from home import vocabularies as vocab
from home.filtering import read_codes

from . import vocabularies as evocab
from .models import OrganisationSector

# parameter -> (codes, how to read one value)
CODE_FILTERS = {
    "country": (vocab.codes(vocab.COUNTRIES), str.upper),
    "sector": (vocab.codes(vocab.SECTORS), str.upper),
    "kind": (vocab.codes(evocab.KINDS), str.lower),
}
LABELS = {"country": vocab.COUNTRIES, "sector": vocab.SECTORS, "kind": evocab.KINDS}
# Single-valued codes on the page row itself: counted in one conditional aggregate.
ROW_FIELDS = {"country": "country", "kind": "kind"}


@dataclass
class OrganisationFilters:
    country: list = field(default_factory=list)
    sector: list = field(default_factory=list)
    kind: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query):
        """Read a QueryDict (``request.GET``); never raises on bad input."""
        filters = cls()
        for name, (allowed, normalise) in CODE_FILTERS.items():
            setattr(filters, name, read_codes(query, name, allowed, normalise, filters.notes))
        return filters

    def conditions(self, exclude=None):
        """Q objects for the filters, except the one named ``exclude`` (for its own counts)."""
        conditions = []
        for name, field_name in ROW_FIELDS.items():
            values = getattr(self, name)
            if values and name != exclude:
                conditions.append(Q(**{f"{field_name}__in": values}))
        if self.sector and exclude != "sector":
            conditions.append(Q(pk__in=OrganisationSector.objects.filter(sector__in=self.sector).values("page_id")))
        return conditions

    def apply(self, queryset):
        for condition in self.conditions():
            queryset = queryset.filter(condition)
        return queryset.order_by("title", "pk")

    def facet_counts(self, queryset):
        """``{filter: {code: count}}``: one conditional aggregate for country and kind,
        one grouped count for sectors."""
        aggregates = {}
        for name, field_name in ROW_FIELDS.items():
            others = self.conditions(exclude=name)
            for code in CODE_FILTERS[name][0]:
                aggregates[f"{name}__{code}"] = Count("pk", filter=Q(*others, **{field_name: code}))
        counts = {name: {} for name in CODE_FILTERS}
        for key, value in queryset.aggregate(**aggregates).items():
            name, code = key.split("__", 1)
            counts[name][code] = value

        pages = queryset
        for condition in self.conditions(exclude="sector"):
            pages = pages.filter(condition)
        rows = (
            OrganisationSector.objects.filter(page__in=pages.values("pk"))
            .values("sector")
            .annotate(n=Count("page", distinct=True))
            .order_by()
        )
        counts["sector"] = {row["sector"]: row["n"] for row in rows}
        return counts

    def is_filtered(self):
        return any(getattr(self, name) for name in CODE_FILTERS)

    def chips(self, query):
        """Removable filter chips: each active value with the query string without it."""
        chips = []
        for name in CODE_FILTERS:
            for value in getattr(self, name):
                remaining = query.copy()
                remaining.setlist(name, [other for other in getattr(self, name) if other != value])
                remaining.pop("page", None)
                chips.append({"label": vocab.label(LABELS[name], value), "query": remaining.urlencode()})
        return chips
