"""Redis that fails fast and stays out of the way: a per-process circuit breaker for django-redis.

``CLIENT_CLASS = "pathway.cache.BreakerClient"`` (see ``pathway.settings.env.caches``).
After a connection error or a timeout, every call to that Redis fails at once,
without touching the network, for ``BREAKER_SECONDS``; then one call tries again.
With django-redis' ``IGNORE_EXCEPTIONS`` (the default cache) a failed call is
a miss, so pages are served uncached; without it (the rate-limit cache) the
caller sees the error and decides (``home.ratelimit``). A warning is logged at
most once a minute per Redis, not once per request.

:func:`status` answers "ok" or "unavailable" for the health check.
"""

import logging
import threading
import time
import uuid

from django.core.cache import caches
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError

logger = logging.getLogger("pathway.cache")

BREAKER_SECONDS = 5.0
WARNING_INTERVAL = 60.0

_lock = threading.Lock()
_open_until = {}  # Redis location -> monotonic time until which calls fail at once
_last_warning = {}  # Redis location -> monotonic time of the last warning


class BreakerOpen(RedisConnectionError):
    """Raised instead of a network call while the breaker is open."""


def _trip(location, error):
    now = time.monotonic()
    with _lock:
        _open_until[location] = now + BREAKER_SECONDS
        warn = now - _last_warning.get(location, -WARNING_INTERVAL) >= WARNING_INTERVAL
        if warn:
            _last_warning[location] = now
    if warn:
        logger.warning(
            "Redis at %s is unavailable (%s): serving without it, next try in %.0f s; "
            "this warning repeats at most once a minute.",
            location,
            type(error.__cause__ or error).__name__,
            BREAKER_SECONDS,
        )


def is_open(location):
    return time.monotonic() < _open_until.get(location, 0.0)


def reset():
    """Close every breaker (tests)."""
    with _lock:
        _open_until.clear()
        _last_warning.clear()


class BreakerClient(DefaultClient):
    """django-redis' client, with every public call guarded by the breaker."""

    def __init__(self, server, params, backend):
        super().__init__(server, params, backend)
        self._breaker_location = ",".join(self._server) if isinstance(self._server, list | tuple) else str(server)

    def __getattribute__(self, name):
        attribute = super().__getattribute__(name)
        if name.startswith("_") or not callable(attribute) or name in _UNGUARDED:
            return attribute
        location = super().__getattribute__("_breaker_location")

        def guarded(*args, **kwargs):
            if is_open(location):
                raise ConnectionInterrupted(connection=None) from BreakerOpen("circuit open")
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                _trip(location, error)
                raise

        return guarded


# Helpers that do no network I/O themselves (the calls that use them are guarded).
_UNGUARDED = frozenset(
    {
        "connect",
        "disconnect",
        "get_client",
        "get_client_with_index",
        "get_next_client_index",
        "make_key",
        "make_pattern",
        "encode",
        "decode",
        "close",
    }
)


def status(alias="default"):
    """Return "ok" after a write and a read through the cache ``alias``, else "unavailable"."""
    cache = caches[alias]
    key = "health:probe"
    value = uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        ok = cache.get(key) == value
    except Exception:  # any failure of the cache means "unavailable"
        ok = False
    return "ok" if ok else "unavailable"
