"""Site search: live pages of one locale, no aliases, with content-type facets.

The search backend is Wagtail's database backend (SQLite FTS5, PostgreSQL full
text). User input is cleaned before it reaches it: NUL bytes and control
characters are removed, FTS operators are neutralised by quoting each word, and
the length is capped. Any backend error is answered as "no results".
"""

import logging
import re
import unicodedata

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection
from wagtail.models import Page
from wagtail.search.backends.base import FilterFieldError
from wagtail.search.query import PlainText

MAX_QUERY_LENGTH = 200
SEARCH_ERRORS = (DatabaseError, FilterFieldError, ValueError)
MAX_TERMS = 12
logger = logging.getLogger(__name__)

_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)


def clean_query(raw):
    """Printable text only, whitespace folded, at most MAX_QUERY_LENGTH characters."""
    text = "".join(ch for ch in (raw or "") if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def terms(query):
    """The words of a query, without FTS syntax (quotes, stars, parentheses, NEAR ...)."""
    return [word.strip("'’-") for word in _WORD.findall(query)][:MAX_TERMS]


def searchable_pages(locale):
    """Live, public pages of ``locale`` that are not aliases of another language's page."""
    aliases = Page.objects.filter(locale=locale, alias_of__isnull=False).values("pk")
    return Page.objects.live().public().filter(locale=locale).exclude(pk__in=aliases)


def search(locale, query, content_type=None):
    """Return ``(results, facets)``: results a lazy search result set of specific pages,
    facets ``{content_type_id: count}``. Empty when nothing can be searched."""
    words = terms(query)
    if not words:
        return [], {}
    queryset = searchable_pages(locale)
    search_query = PlainText(" ".join(words), operator="and")
    # SQLite's FTS backend gives every result the same score (-0.0) and computes it
    # row by row: there, skip relevance and show the newest first.
    by_relevance = connection.vendor != "sqlite"
    try:
        facets = dict(queryset.search(search_query).facet("content_type_id"))
        if content_type is not None:
            queryset = queryset.filter(content_type=content_type)
        if not by_relevance:
            queryset = queryset.order_by("-first_published_at")
        results = queryset.specific().search(search_query, order_by_relevance=by_relevance)
    except SEARCH_ERRORS:
        logger.warning("Search failed for a query of %d characters", len(query))
        return [], {}
    return results, facets


def autocomplete(locale, query, limit=8):
    words = terms(query)
    if not words:
        return []
    try:
        return list(searchable_pages(locale).specific().autocomplete(" ".join(words))[:limit])
    except SEARCH_ERRORS:
        logger.warning("Autocomplete failed for a query of %d characters", len(query))
        return []


def content_types(facets):
    """Facet entries with labels: [(ContentType, count)], largest first."""
    types = ContentType.objects.in_bulk(list(facets))
    return sorted(
        ((types[pk], count) for pk, count in facets.items() if pk in types),
        key=lambda item: (-item[1], str(item[0].model_class()._meta.verbose_name_plural)),
    )


__all__ = ["autocomplete", "clean_query", "content_types", "search", "terms"]
