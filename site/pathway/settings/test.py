"""Test settings: fast, deterministic, and on SQLite unless DATABASE_URL is set."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = "test-only-key"
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # the bulk loader, used by tests
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The search index is updated only where a test asks for it (the `search_index`
# fixture): on PostgreSQL every indexed save also refreshes title norms, which
# makes building hundreds of pages in one test transaction very slow.
WAGTAILSEARCH_BACKENDS = {
    "default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False},  # noqa: F405
}

# Query-count tests measure the views; the page cache's own tests switch it on.
PATHWAY_PAGE_CACHE_SECONDS = 0
# django-axes refuses Django's test-client login() (it has no request); the lockout
# test switches it on.
AXES_ENABLED = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file-based test database, so that `pytest --reuse-db` can keep it.
    (BASE_DIR / "var").mkdir(exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": env.string("PATHWAY_TEST_DB", str(BASE_DIR / "var" / "test.sqlite3"))}

if env.string("REDIS_URL") and env.string("PYTEST_XDIST_WORKER").startswith("gw"):
    # Tests in parallel (pytest-xdist): each worker gets its own Redis database, counting down from
    # the one REDIS_URL names, since a test's cache.clear() empties the whole database (FLUSHDB).
    redis_url = urlsplit(env.string("REDIS_URL"))
    worker_db = (int(redis_url.path.strip("/") or 0) - int(env.string("PYTEST_XDIST_WORKER")[2:])) % 16
    os.environ["REDIS_URL"] = urlunsplit(redis_url._replace(path=f"/{worker_db}"))
    os.environ.pop("RATELIMIT_REDIS_URL", None)
    # Redis gives up after CACHE_TIMEOUT (production: 0.25 s) and its breaker then refuses the rate-
    # limited views for 5 s. On a loaded 2-core CI machine (Chromium, a live server, two workers) one
    # reply once took longer and a browser test got a 429 for a PDF: the tests give Redis 1 s unless
    # told otherwise (tests/test_resilience.py and tests/test_faults.py set their own timeouts).
    os.environ.setdefault("CACHE_TIMEOUT", "1")
    CACHES = env.caches()

if not env.string("REDIS_URL"):
    # One local-memory store for both aliases: the tests' cache.clear() resets the rate limits too.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
