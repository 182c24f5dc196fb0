"""The listing at /<lang>/opportunities/ (routed by OpportunityIndexPage)."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from . import vocabularies as vocab
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


def paginate(request, queryset, per_page=PAGE_SIZE):
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def facets_for_template(filters, counts):
    """Each facet's values with a count and whether chosen; values with no result and
    not chosen are left out, so the form stays short."""
    facets = []
    for name, vocabulary in FACETS:
        chosen = set(getattr(filters, name))
        options = [
            {"code": code, "label": label, "count": counts[name].get(code, 0), "checked": code in chosen}
            for code, label in vocabulary
            if counts[name].get(code, 0) or code in chosen
        ]
        facets.append({"name": name, "options": options})
    return facets


def listing(request, index_page):
    filters = OpportunityFilters.from_query(request.GET)
    base = index_page.opportunities()
    results = filters.apply(base).select_related("locale").defer_streamfields()
    page_obj = paginate(request, results)
    counts = filters.facet_counts(base)
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = index_page.get_context(request)
    context.update(
        {
            "filters": filters,
            "results": page_obj,
            "facets": facets_for_template(filters, counts),
            "chips": filters.chips(request.GET),
            "query_without_page": query_without_page.urlencode(),
            "feed_query": query_without_page.urlencode(),
            "filter_names": list(CODE_FILTERS),
            "source_language_code": settings.LANGUAGE_CODE,
        }
    )
    return TemplateResponse(request, "opportunities/opportunity_index_page.html", context)
