"""A shared cache of anonymous GET responses, purged on every publish.

Django's cache framework (Redis in production, so that every app server shares
it). What is cached: a GET or HEAD from a visitor without a session cookie, for
a public path, answered 200 with HTML, RSS, iCalendar, JSON or XML, that sets no
cookie, made no CSRF token and holds none (so no page with a form is ever
cached), and did not ask not to be cached (``private``, ``no-store``, ``no-cache``). Entries
live ``settings.PATHWAY_PAGE_CACHE_SECONDS`` (short: deadlines pass without a
publish) and are all dropped when any page is published, unpublished, moved or
deleted: the key carries a generation number kept in the cache, and those events
increment it. That purges a page and everything that lists it (listing, feed,
iCalendar, API, sitemap) in every language at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "text/calendar", "application/json", "application/xml")
NEVER_CACHE_PREFIXES = ("/admin/", "/django-admin/", "/health/", "/documents/", "/api/match/")


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def purge_all(**kwargs):
    """Invalidate every cached response (signal receiver for publish, unpublish, move, delete)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"page-cache:{generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


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
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if self.response_is_cacheable(request, response):
            seconds = settings.PATHWAY_PAGE_CACHE_SECONDS
            patch_cache_control(response, public=True, max_age=seconds)
            headers = [(name, value) for name, value in response.items() if name.lower() != "x-cache"]
            cache.set(key, (response.status_code, headers, response.content), timeout=seconds)
            response["X-Cache"] = "MISS"
        return response
