"""The one place where VET Pathway reads its environment.

Every variable the project understands is read through these helpers, so that
`grep pathway.settings.env` (or this file) lists them all. Production settings
call :func:`required` for secrets and hosts: there is no default for them.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def string(name, default=""):
    return os.environ.get(name, default)


def required(name, hint):
    """Return a variable that has no safe default, or stop with a clear message."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production: {hint}")
    return value


def base_url(name, default=None):
    """A public base URL (``https://example.org``, optionally with a path), without a trailing
    slash; ``default=None`` makes it required (production)."""
    from urllib.parse import urlsplit

    value = os.environ.get(name, "").strip()
    if not value:
        if default is None:
            return required(name, "the site's public base URL, e.g. https://pathway.example.org")
        value = default
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"{name} must be an http(s) URL such as https://pathway.example.org, not {value!r}")
    return value.rstrip("/")


def boolean(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def listing(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def path(name, default):
    return Path(os.environ.get(name) or default)


def database(default_sqlite):
    """`DATABASE_URL` (PostgreSQL in production), else the embedded SQLite file."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(default_sqlite),
        "OPTIONS": {"timeout": 20},
    }


def caches():
    """Redis when `REDIS_URL` is set (shared by every app server), else local memory.

    Two aliases: ``default`` (page cache, Wagtail's own lookups) ignores connection
    errors, so an outage means uncached pages, not errors; ``ratelimit`` raises them,
    so that each endpoint decides to fail open or closed (home.ratelimit). Both give
    up after `CACHE_TIMEOUT` seconds (default 0.25) and stop trying for a few seconds
    after a failure (pathway.cache). `RATELIMIT_REDIS_URL` moves the counters elsewhere.
    Without Redis both aliases share one local-memory store (clearing one clears both).
    """
    url = os.environ.get("REDIS_URL")
    if not url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        }
    timeout = float(string("CACHE_TIMEOUT", "0.25"))

    def redis(location, ignore_exceptions):
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": string("CACHE_KEY_PREFIX", "pathway"),
            "OPTIONS": {
                "CLIENT_CLASS": "pathway.cache.BreakerClient",
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
                "IGNORE_EXCEPTIONS": ignore_exceptions,
            },
        }

    return {
        "default": redis(url, ignore_exceptions=True),
        "ratelimit": redis(string("RATELIMIT_REDIS_URL", url), ignore_exceptions=False),
    }
