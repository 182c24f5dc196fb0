import hashlib

from django.contrib.contenttypes.models import ContentType
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale

from home.content_cache import cached
from home.filtering import paginate

from . import query as site_search
from .labels import facet_label
from .log import HEADER as OUTCOME_HEADER
from .log import outcome_header

RESULTS_PER_PAGE = 10


def highlight(text, words):
    """Escape ``text`` and wrap each searched word in <mark> (case-insensitive)."""
    import re

    escaped = escape(text or "")
    if not words:
        return mark_safe(escaped)  # noqa: S308 - escaped above
    pattern = re.compile("(" + "|".join(re.escape(escape(word)) for word in words) + ")", re.IGNORECASE)
    return mark_safe(pattern.sub(r"<mark>\1</mark>", escaped))  # noqa: S308 - escaped above


def promotions(query, locale):
    """Editors' picks for this query, in this language only (picks are keyed by query text).

    Kept in the content cache under a digest of the query (a pick's change starts a new content
    generation: ``search.signals``)."""
    if not query:
        return []

    def find():
        return list(
            SearchPromotion.objects.filter(query__query_string__iexact=query, page__locale=locale, page__live=True)
            .select_related("page")
            .order_by("sort_order")
        )

    return cached("search-promotions", find, locale.pk, hashlib.sha256(query.lower().encode()).hexdigest())


def _content_type_param(request):
    value = (request.GET.get("type") or "").strip()
    if "." not in value:
        return None, value
    app_label, _dot, model = value.partition(".")
    try:
        return ContentType.objects.get_by_natural_key(app_label.lower(), model.lower()), value
    except ContentType.DoesNotExist:
        return None, value


@require_GET
def search(request):
    query = site_search.clean_query(request.GET.get("q"))
    locale = cached("locale", Locale.get_active, translation.get_language())
    content_type, type_param = _content_type_param(request)
    results, facets = site_search.search(locale, query, content_type)
    failed = results.outcome.failed
    try:
        page_obj = paginate(request, results, RESULTS_PER_PAGE)
        page_obj.object_list = list(page_obj.object_list)  # run it here: a backend error is "no results"
    except site_search.SEARCH_ERRORS:
        page_obj = paginate(request, [], RESULTS_PER_PAGE)
        failed = True
    words = site_search.terms(query)
    items = [
        {
            "page": result,
            "title": highlight(result.title, words),
            "summary": highlight(
                getattr(result, "summary", "") or getattr(result, "introduction", "") or result.search_description,
                words,
            ),
        }
        for result in page_obj.object_list
    ]
    facet_items = [
        {
            "param": f"{ct.app_label}.{ct.model}",
            "label": facet_label(ct),
            "count": count,
            "active": content_type is not None and ct.pk == content_type.pk,
        }
        for ct, count in site_search.content_types(facets)
    ]
    response = TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "query_was_cut": len(request.GET.get("q") or "") > site_search.MAX_QUERY_LENGTH,
            "search_results": page_obj,
            "items": items,
            "facets": facet_items,
            "type_param": type_param if content_type else "",
            "promotions": promotions(query, locale),
            "relaxed": results.outcome.relaxed,
            "widened": results.outcome.widened,
        },
    )
    if query and not failed:
        response[OUTCOME_HEADER] = outcome_header(locale.language_code, page_obj.paginator.count)
    return response


@require_GET
def autocomplete(request):
    """JSON suggestions for the search box: [{"title", "url"}] in the active language."""
    query = site_search.clean_query(request.GET.get("q"))
    pages = site_search.autocomplete(Locale.get_active(), query) if len(query) >= 2 else []
    return JsonResponse({"results": [{"title": p.title, "url": p.get_url(request)} for p in pages]})
