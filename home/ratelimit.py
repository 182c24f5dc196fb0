"""A small fixed-window rate limit counted in the cache.

Counted in the ``ratelimit`` cache alias so that several app servers share it
through Redis in production (local memory in development and tests). The client
address (``home.clientip``, behind ``PATHWAY_TRUSTED_PROXIES`` proxies) is hashed
before it becomes part of a cache key: no address is stored.

    limited = is_rate_limited(request, "register", limit=5, window=600)
    if limited:
        return render(..., status=429)

When the counters cannot be reached (Redis down or hung), each scope decides:
scopes in ``settings.PATHWAY_RATELIMIT_FAIL_CLOSED`` (the forms that write or
send mail, the PDF renders) answer "limited", so their view shows its 429 page;
every other scope (reads) lets the request through. A warning is logged at most
once a minute.
"""

import hashlib
import logging
import time
from time import monotonic  # tests replace `time` to pin the window

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches

from .clientip import client_address

__all__ = ["client_address", "is_rate_limited"]

logger = logging.getLogger("pathway.ratelimit")
WARNING_INTERVAL = 60.0
_last_warning = [float("-inf")]


def _cache():
    try:
        return caches["ratelimit"]
    except InvalidCacheBackendError:
        return caches["default"]


def _key(scope, request, window):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()[:32]
    bucket = int(time.time() // window)
    return f"ratelimit:{scope}:{digest}:{bucket}"


def fails_closed(scope):
    return scope in getattr(settings, "PATHWAY_RATELIMIT_FAIL_CLOSED", ())


def _count(key, window):
    cache = _cache()
    if cache.add(key, 1, timeout=window + 1):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window + 1)
        return 1


def is_rate_limited(request, scope, limit, window):
    """Count this request; True when the client has made more than ``limit`` in the window.

    ``settings.PATHWAY_RATELIMIT_ENABLED = False`` switches every limit off (benchmarks only).
    """
    if not getattr(settings, "PATHWAY_RATELIMIT_ENABLED", True):
        return False
    key = _key(scope, request, window)
    try:
        count = _count(key, window)
    except Exception as error:  # the counters are unreachable: decide per scope
        closed = fails_closed(scope)
        now = monotonic()
        if now - _last_warning[0] >= WARNING_INTERVAL:
            _last_warning[0] = now
            logger.warning(
                "Rate-limit store unavailable (%s): %s requests are %s until it is back; "
                "this warning repeats at most once a minute.",
                type(error).__name__,
                scope,
                "refused" if closed else "let through",
            )
        return closed
    if not isinstance(count, int):  # a cache that swallows errors answers None
        return fails_closed(scope)
    return count > limit


def limited_response(request, template, context, window):
    """The 429 page of a form over its limit: ``Retry-After`` the window, never cached."""
    from django.template.response import TemplateResponse
    from django.utils.cache import add_never_cache_headers

    response = TemplateResponse(request, template, context, status=429)
    response["Retry-After"] = str(window)
    add_never_cache_headers(response)
    return response
