"""The organisation listing's facets: ``country``, ``sector`` and ``kind``, each repeatable.

Declared once here; each condition is an ``OrganisationQuerySet`` method.
``LISTING.run(request.GET, queryset)`` drops unknown values (named in ``notes``,
never an error) and counts each value given the other filters (two queries
whatever the number of profiles: see ``home.filtering``).
"""

from django.utils.translation import gettext_lazy as _

from home import vocabularies as vocab
from home.filtering import Facet, FacetedListing

from . import vocabularies as evocab

FACETS = [
    Facet("country", vocab.COUNTRIES, _("Country"), "in_country", str.upper, row="country"),
    Facet("sector", vocab.SECTORS, _("Sector"), "in_sector", str.upper, child="sectors__sector"),
    Facet("kind", evocab.KINDS, _("Kind of organisation"), "of_kind", str.lower, row="kind"),
]


class OrganisationListing(FacetedListing):
    def order(self, queryset, params):
        return queryset.order_by("title", "pk")


LISTING = OrganisationListing(*FACETS)
