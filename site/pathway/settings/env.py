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
    """Redis when `REDIS_URL` is set (shared by every app server), else local memory."""
    url = os.environ.get("REDIS_URL")
    if url:
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": string("CACHE_KEY_PREFIX", "pathway"),
                "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
            }
        }
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
