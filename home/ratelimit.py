"""A small fixed-window rate limit counted in the cache.

Counted in Django's cache so that several app servers share it through Redis in
production (the local-memory cache in development and tests). The client
address is hashed before it becomes part of a cache key: no address is stored.

    limited = is_rate_limited(request, "register", limit=5, window=600)
    if limited:
        return render(..., status=429)
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's address; behind a trusted proxy, the first X-Forwarded-For entry."""
    if getattr(settings, "PATHWAY_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(scope, request, window):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()[:32]
    bucket = int(time.time() // window)
    return f"ratelimit:{scope}:{digest}:{bucket}"


def is_rate_limited(request, scope, limit, window):
    """Count this request; True when the client has made more than ``limit`` in the window.

    ``settings.PATHWAY_RATELIMIT_ENABLED = False`` switches every limit off (benchmarks only).
    """
    if not getattr(settings, "PATHWAY_RATELIMIT_ENABLED", True):
        return False
    key = _key(scope, request, window)
    if cache.add(key, 1, timeout=window + 1):
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window + 1)
        count = 1
    return count > limit
