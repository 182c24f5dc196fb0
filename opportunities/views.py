"""The listing at /<lang>/opportunities/ (routed by OpportunityIndexPage)."""

from django.conf import settings
from django.template.response import TemplateResponse

from home.filtering import paginate

from .filters import LISTING

PAGE_SIZE = 20


def listing(request, index_page):
    faceted = LISTING.run(request.GET, index_page.opportunities())
    results = faceted.results.select_related("locale").defer_streamfields()
    page_obj = paginate(request, results, PAGE_SIZE, count=faceted.result_count)
    query_without_page = faceted.without("page")
    context = index_page.get_context(request)
    context.update(
        {
            "filters": faceted,
            "results": page_obj,
            "facets": faceted.facets,
            "chips": faceted.chips,
            "query_without_page": query_without_page,
            "feed_query": query_without_page,
            "source_language_code": settings.LANGUAGE_CODE,
        }
    )
    return TemplateResponse(request, "opportunities/opportunity_index_page.html", context)
