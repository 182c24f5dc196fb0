"""The listing at /<lang>/opportunities/ (routed by OpportunityIndexPage)."""

from django.conf import settings
from django.template.response import TemplateResponse

from home import vocabularies as vocab
from home.filtering import facet_options, paginate

from .filters import CODE_FILTERS, OpportunityFilters

PAGE_SIZE = 20

FACETS = [
    ("country", vocab.COUNTRIES),
    ("sector", vocab.SECTORS),
    ("type", vocab.OPPORTUNITY_TYPES),
    ("eqf", [(str(code), label) for code, label in vocab.EQF_LEVELS]),
    ("language", vocab.LANGUAGES),
    ("support", vocab.SUPPORT),
]


def listing(request, index_page):
    filters = OpportunityFilters.from_query(request.GET)
    base = index_page.opportunities()
    results = filters.apply(base).select_related("locale").defer_streamfields()
    page_obj = paginate(request, results, PAGE_SIZE)
    counts = filters.facet_counts(base)
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = index_page.get_context(request)
    context.update(
        {
            "filters": filters,
            "results": page_obj,
            "facets": facet_options(filters, counts, FACETS),
            "chips": filters.chips(request.GET),
            "query_without_page": query_without_page.urlencode(),
            "feed_query": query_without_page.urlencode(),
            "filter_names": list(CODE_FILTERS),
            "source_language_code": settings.LANGUAGE_CODE,
        }
    )
    return TemplateResponse(request, "opportunities/opportunity_index_page.html", context)
