"""The guideline listing's filters: ``phase`` and ``audience`` (each repeatable).

Unknown values are dropped and named in ``notes``, never an error.
"""

from dataclasses import dataclass, field

from django.db.models import Count

from home.filtering import read_codes
from home.vocabularies import codes

from . import vocabularies as vocab

FILTERS = {"phase": vocab.PHASES, "audience": vocab.AUDIENCES}


@dataclass
class GuidelineFilters:
    phase: list = field(default_factory=list)
    audience: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query):
        """Read a QueryDict (``request.GET``); never raises on bad input."""
        filters = cls()
        for name, vocabulary in FILTERS.items():
            setattr(filters, name, read_codes(query, name, codes(vocabulary), str.lower, filters.notes))
        return filters

    def is_filtered(self):
        return bool(self.phase or self.audience)

    def apply(self, queryset):
        return queryset.matching(phases=self.phase, audiences=self.audience)

    def counts(self, queryset):
        """``{"phase": {code: n}, "audience": {code: n}}``, each given the other filter. Two queries."""
        from .models import GuidelineAudience

        phases = queryset.matching(audiences=self.audience).order_by().values("phase").annotate(n=Count("pk"))
        audiences = (
            GuidelineAudience.objects.filter(page__in=queryset.matching(phases=self.phase).values("pk"))
            .order_by()
            .values("audience")
            .annotate(n=Count("page", distinct=True))
        )
        return {
            "phase": {row["phase"]: row["n"] for row in phases},
            "audience": {row["audience"]: row["n"] for row in audiences},
        }

    def facets(self, counts):
        """Each filter's options with label, count and whether chosen, for the form."""
        return [
            {
                "name": name,
                "options": [
                    {
                        "code": code,
                        "label": label,
                        "count": counts[name].get(code, 0),
                        "checked": code in getattr(self, name),
                    }
                    for code, label in vocabulary
                ],
            }
            for name, vocabulary in FILTERS.items()
        ]
