"""The opportunity listing's filters, shared by the listing page, the feed, the iCalendar and the API.

The six facets are declared once here (``FACETS``); each one's condition is an
``OpportunityQuerySet`` method. ``LISTING.run(request.GET, queryset)`` reads the
URL contract's parameters (each code filter repeatable, plus ``q``, ``open`` and
``sort``); unknown values are dropped and named in ``notes``, never an error.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home import vocabularies as vocab
from home.filtering import Facet, FacetedListing
from home.typography import quoted

from .queryset import NEWEST

MAX_QUERY_LENGTH = 100
SORTS = {
    "deadline": ("application_deadline", "pk"),
    # The source page's first publication, synchronised into every translation and alias, so
    # every language lists the same order (ties by the key all languages share).
    "newest": NEWEST,
    "title": ("title", "pk"),
}


def eqf_levels():
    """EQF levels with their label ("EQF level 4") in the active language."""
    return [(str(level), _("EQF level %(level)s") % {"level": level}) for level in vocab.codes(vocab.EQF_LEVELS)]


FACETS = [
    Facet("country", vocab.COUNTRIES, gettext_lazy("Country"), "in_country", str.upper, row="country"),
    Facet("sector", vocab.SECTORS, gettext_lazy("Sector"), "in_sector", str.upper, row="sector"),
    Facet(
        "type",
        vocab.OPPORTUNITY_TYPES,
        gettext_lazy("Type of opportunity"),
        "of_type",
        str.lower,
        row="opportunity_type",
    ),
    Facet("eqf", eqf_levels, gettext_lazy("EQF level"), "at_eqf_level", str.strip, range=("eqf_min", "eqf_max")),
    Facet(
        "language",
        vocab.LANGUAGES,
        gettext_lazy("Working language"),
        "in_language",
        str.lower,
        child="languages__language",
    ),
    Facet(
        "support",
        vocab.SUPPORT,
        gettext_lazy("Support offered"),
        "offering_support",
        str.lower,
        child="supports__support",
    ),
]


class OpportunityListing(FacetedListing):
    """The facets, plus the words to look for (``q``), ``open`` and ``sort``."""

    def read_params(self, query, notes):
        text = " ".join((query.get("q") or "").replace("\x00", "").split())[:MAX_QUERY_LENGTH]
        open_only = (query.get("open") or "1").strip() not in {"0", "false", "no", "all"}
        sort = (query.get("sort") or "deadline").strip()
        if sort not in SORTS:
            notes.append(_("Unknown sort order “%(value)s” was ignored.") % {"value": sort[:40]})
            sort = "deadline"
        return {"q": text, "open_only": open_only, "sort": sort}

    def narrow(self, queryset, params):
        if params.open_only:
            queryset = queryset.open()
        if params.q:
            queryset = queryset.matching_text(params.q)
        return queryset

    def order(self, queryset, params):
        return queryset.order_by(*SORTS[params.sort])

    def param_chips(self, query, params):
        if not params.q:
            return []
        remaining = query.copy()
        remaining.pop("q", None)
        remaining.pop("page", None)
        return [{"label": quoted(params.q), "query": remaining.urlencode()}]

    def param_filtered(self, params):
        return bool(params.q) or not params.open_only


LISTING = OpportunityListing(*FACETS)
