"""Production: everything that matters comes from the environment, with no default.

A missing SECRET_KEY, ALLOWED_HOSTS or WAGTAILADMIN_BASE_URL stops the start with a message naming the
variable. See README.md, "Production configuration".
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
if env.boolean("DISABLE_2FA", False):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("Two-factor authentication cannot be switched off in production: unset DISABLE_2FA.")
PATHWAY_REQUIRE_2FA = True
SECRET_KEY = env.required(
    "SECRET_KEY", "a long random string, e.g. from `python3 -c 'import secrets; print(secrets.token_urlsafe(50))'`"
)
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    env.required("ALLOWED_HOSTS", "a comma-separated list of the site's host names")
CSRF_TRUSTED_ORIGINS = env.listing("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = env.base_url("WAGTAILADMIN_BASE_URL")  # required: no default in production

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.boolean("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env.string("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.boolean("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.string("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.string("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env.string("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.string("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.boolean("EMAIL_USE_TLS", True)

# The project's background work (emails) waits in the database until a worker takes it:
# `manage.py db_worker --backend pathway` (ops/systemd/pathway-worker.service). Wagtail's own
# tasks stay on "default", run at once (base.py).
TASKS = {**TASKS, PATHWAY_TASK_BACKEND: {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # noqa: F405

# Frontend cache (Varnish, nginx, a CDN): purged by Wagtail on publish when configured.
if env.string("FRONTEND_CACHE_PURGE_URL"):
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env.string("FRONTEND_CACHE_PURGE_URL"),
        }
    }

# Behind reverse proxies that append to X-Forwarded-For (nginx: proxy_add_x_forwarded_for):
# their number, so that rate limits count the real client (README, "Faults and proxies").
# The older TRUST_X_FORWARDED_FOR=1 means one proxy.
PATHWAY_TRUSTED_PROXIES = int(env.string("TRUSTED_PROXIES", "1" if env.boolean("TRUST_X_FORWARDED_FOR") else "0"))
