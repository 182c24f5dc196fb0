"""A shared cache of anonymous GET responses, purged on every publish.

Django's cache framework (Redis in production, so that every app server shares
it). What is cached: a GET or HEAD from a visitor without a session cookie, for
a public path, answered 200 with HTML, RSS, iCalendar, JSON or XML, that sets no
cookie, made no CSRF token and holds none (so no page with a form is ever
cached), and did not ask not to be cached (``private``, ``no-store``, ``no-cache``). Entries
live ``settings.PATHWAY_PAGE_CACHE_SECONDS`` (short: deadlines pass without a
publish) and are all dropped when any page is published, unpublished, moved or
deleted, or a view restriction, site or locale changes: the key carries the content generation
(``home.content_cache``), which those events increment. That purges a page and everything that lists it (listing, feed,
iCalendar, API, sitemap) in every language at once.

The key is the host, the path and only the query parameters that path is known
to read (:data:`PATH_PARAMETERS`), sorted, stripped, without empty or repeated
values, and only the last value of a single-valued one: ``?utm_source=...``,
``?x=1`` or a reordered query share the entry of the plain URL instead of
filling the cache. A query whose known part is longer than
:data:`MAX_QUERY_LENGTH` is served uncached.

A miss renders the page once, not once per waiting visitor: the first request takes a short
lock in the cache (:data:`RENDER_LOCK_SECONDS`) and renders; others asking for the same entry
meanwhile wait up to :data:`WAIT_SECONDS` for it to appear, then render themselves (a slow or
failed render never holds them longer). Responses say ``public, max-age, s-maxage,
stale-while-revalidate`` so that a frontend cache in front of the app servers may keep them too.

When the cache is unreachable, the calls below are misses (``IGNORE_EXCEPTIONS``
and a circuit breaker, see ``pathway.cache``): pages are served uncached, without waiting.
"""

import hashlib
import re
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from enterprises.filters import LISTING as organisation_listing
from home.content_cache import generation
from opportunities.filters import LISTING as opportunity_listing
from passport_pages.filters import LISTING as guideline_listing

CACHEABLE_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "text/calendar",
    "application/json",
    "application/xml",
)
NEVER_CACHE_PREFIXES = ("/admin/", "/django-admin/", "/health/", "/documents/", "/api/match/")

# Query parameters each kind of path reads; anything else is left out of the key.
# The listings' facets, as each app declares them once: opportunities (listing, feed, iCalendar,
# API), organisations, guidelines.
LISTING_FILTERS = frozenset(
    name for listing in (opportunity_listing, organisation_listing, guideline_listing) for name in listing.names
)
PATH_PARAMETERS = [  # (path pattern, multi-valued names, single-valued names); the first match wins
    (
        re.compile(r"^/api/v2/opportunities/$"),
        LISTING_FILTERS,
        {"q", "open", "sort", "page", "locale", "limit", "offset"},
    ),
    (re.compile(r"^/[a-z-]+/search/autocomplete/$"), frozenset(), {"q"}),
    (re.compile(r"^/[a-z-]+/search/$"), frozenset(), {"q", "page", "type"}),
    (re.compile(r"^/sitemap\.xml$"), frozenset(), {"p"}),
    (re.compile(r"^/[a-z-]+/statistics/$"), frozenset(), {"period", "country"}),  # stats.forms
    (re.compile(r"^/robots\.txt$"), frozenset(), set()),
    # Every other path is a Wagtail page: a listing reads its filters, any other page nothing.
    (re.compile(r""), LISTING_FILTERS, {"q", "open", "sort", "page"}),
]
MAX_QUERY_LENGTH = 512
RENDER_LOCK_SECONDS = 10  # how long a render may hold the others off at most (a crashed one)
WAIT_SECONDS = 2.0  # how long another request waits for that render before rendering itself
POLL_SECONDS = 0.05


def normalised_query(path, query):
    """The part of ``query`` (a QueryDict) that ``path`` reads, as a canonical query string."""
    multi, single = next((multi, single) for pattern, multi, single in PATH_PARAMETERS if pattern.match(path))
    pairs = []
    for name in sorted(set(query) & (set(multi) | set(single))):
        values = [value.strip() for value in query.getlist(name)]
        values = [value for value in values if value]
        if not values:
            continue
        if name in single:
            pairs.append((name, values[-1]))
        else:
            pairs.extend((name, value) for value in sorted(set(values)))
    return urlencode(pairs, errors="surrogatepass")


def _key(request, query):
    raw = f"{request.get_host()}|{request.path}?{query}"
    return f"page-cache:{generation()}:{hashlib.sha256(raw.encode(errors='surrogatepass')).hexdigest()}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def request_is_cacheable(self, request):
        return (
            getattr(settings, "PATHWAY_PAGE_CACHE_SECONDS", 0) > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(NEVER_CACHE_PREFIXES)
            and "/passport/pdf/" not in request.path
        )

    def response_is_cacheable(self, request, response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
            and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
            and b"csrfmiddlewaretoken" not in response.content
        )

    def __call__(self, request):
        if not self.request_is_cacheable(request):
            return self.get_response(request)
        query = normalised_query(request.path, request.GET)
        if len(query) > MAX_QUERY_LENGTH:
            return self.get_response(request)
        key = _key(request, query)
        stored = cache.get(key)
        if stored is None:
            # cache.add: True, the lock is ours; False, another render holds it; None, the cache
            # is down (django-redis ignores the error): render without waiting.
            locked = cache.add(f"{key}:lock", 1, timeout=RENDER_LOCK_SECONDS)
            if locked is False:
                stored = self.wait_for(key)
        if stored is not None:
            return self.from_cache(stored)
        try:
            response = self.get_response(request)
            if self.response_is_cacheable(request, response):
                seconds = settings.PATHWAY_PAGE_CACHE_SECONDS
                patch_cache_control(
                    response, public=True, max_age=seconds, s_maxage=seconds, stale_while_revalidate=seconds
                )
                headers = [(name, value) for name, value in response.items() if name.lower() != "x-cache"]
                cache.set(key, (response.status_code, headers, response.content), timeout=seconds)
                response["X-Cache"] = "MISS"
            return response
        finally:
            if stored is None and locked:
                cache.delete(f"{key}:lock")

    @staticmethod
    def wait_for(key):
        """The entry another request is rendering, once it is stored; None after WAIT_SECONDS."""
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            stored = cache.get(key)
            if stored is not None:
                return stored
            if not cache.get(f"{key}:lock"):  # that render ended without storing (an error, a form)
                return None
        return None

    @staticmethod
    def from_cache(stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Cache"] = "HIT"
        return response
