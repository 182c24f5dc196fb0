"""The guideline listing's facets: ``phase``, ``audience`` and ``country`` (each repeatable).

Declared once here; each condition is a ``GuidelineQuerySet`` method. Unknown
values are dropped and named in ``notes``, never an error. ``country`` keeps the
guidelines of that country's section (``/<lang>/guidelines/de/`` sends visitors
to ``/<lang>/guidelines/?country=DE``).
"""

from django.utils.translation import gettext_lazy as _

from home.filtering import Facet, FacetedListing
from home.vocabularies import COUNTRIES

from . import vocabularies as vocab
from .queryset import section_country


class GuidelineListing(FacetedListing):
    def order(self, queryset, params):
        return queryset.ordered()


FACETS = [
    Facet("phase", vocab.PHASES, _("When"), "in_phase", str.lower, row="phase", show_empty=True),
    Facet(
        "audience",
        vocab.AUDIENCES,
        _("For whom"),
        "for_audience",
        str.lower,
        child="audiences__audience",
        show_empty=True,
    ),
    Facet("country", COUNTRIES, _("Country"), "in_country", str.upper, row=section_country),
]

LISTING = GuidelineListing(*FACETS)
