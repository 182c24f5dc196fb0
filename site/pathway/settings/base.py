"""Settings shared by every environment.

The environment is read in one place, ``pathway.settings.env``; this module only
declares what VET Pathway is made of. Development, test and production settings
import from here and change what differs.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from . import env

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/pathway
SITE_DIR = PROJECT_DIR.parent  # site/
BASE_DIR = SITE_DIR.parent  # repository root

INSTALLED_APPS = [
    # VET Pathway's own apps: each is a plugin with its own templates and static files.
    "home",
    "opportunities",
    "opportunities.matching",  # matching sub-app: depends on opportunities, never the reverse
    "opportunities.alerts",  # email alerts sub-app: depends on opportunities, never the reverse
    "enterprises",
    "passport_pages",
    "search",
    "stats",  # network statistics: reads the others' models, imported by none of them
    "pathway",  # project-wide commands (demo content) and template tags
    # Editor accounts: a second factor (django-otp, django-two-factor-auth) and lockout (django-axes)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "two_factor",
    "axes",
    # Wagtail and its translation machinery
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales; never install both
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",  # the queue of the "pathway" task backend in production (see TASKS)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pathway.middleware.ContentSecurityPolicyMiddleware",
    "pathway.middleware.DatabaseUnavailableMiddleware",
    "search.log.SearchLogMiddleware",  # above the page cache: counts cached searches too
    "pathway.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "pathway.middleware.CachedSiteMiddleware",  # the request's site from the cache, not a query
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "pathway.admin_security.RequireVerifiedAdminMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

# --- Editor accounts ---------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "two_factor:login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"
# Every admin user passes a second factor (pathway.admin_security). Development
# switches it off unless REQUIRE_2FA=1 (dev.py); production settings refuse that.
PATHWAY_REQUIRE_2FA = True
OTP_TOTP_ISSUER = "VET Pathway"
TWO_FACTOR_PATCH_ADMIN = False
# Lockout after repeated failed logins, per user name and address.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/locked_out.html"

ROOT_URLCONF = "pathway.urls"
WSGI_APPLICATION = "pathway.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.database(default_sqlite=BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# The one place where the site's languages are configured. Adding a language is
# a new line here, its .po files, and one run of `manage.py sync_locales`.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("pl", _("Polish")),
    ("fr", _("French")),
]
# Each language's name in that language, for the language switcher.
LANGUAGE_NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pl": "Polski",
    "fr": "Français",
}
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
LOCALE_PATHS = [PROJECT_DIR / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_JQ_ENABLED = False

# Host countries with a section of their own (and an editors' group): adding one
# is a line here and one run of `manage.py setup_country_sections`.
PATHWAY_HOST_COUNTRIES = ["DE", "ES", "IT", "PL", "FR", "IE"]
# The shared pages that network editors keep (home.roles; country sections are found by type,
# home.sections.CountrySection).
PATHWAY_NETWORK_PAGE_MODELS = [
    "passport_pages.GuidelineIndexPage",
    "passport_pages.QualityCharterPage",
    "passport_pages.PassportPage",
    "home.ContentPage",
]

# Employer registration (enterprises app): POSTs per client address per 10 minutes,
# and the version of the consent text that registrants agree to (stored with each).
PATHWAY_REGISTRATION_RATE_LIMIT = 5
PATHWAY_CONSENT_VERSION = "2026-11"

# --- Static and media ------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", BASE_DIR / "var" / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media in an S3-compatible bucket when MEDIA_S3_BUCKET is set (the variables: env.media_s3),
# for several app servers; else on the local disk above. The bucket (or CDN) lets anyone read
# the images (original_images/, images/) and nothing else; their origin joins the CSP's img-src.
MEDIA_S3 = env.media_s3()
MEDIA_ORIGIN = MEDIA_S3["origin"] if MEDIA_S3 else ""
if MEDIA_S3:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": MEDIA_S3["options"]}
    # Documents stream through Wagtail's view, never a redirect to the bucket: the view checks
    # the collection's privacy (login, password, groups) first, and the file's URL stays unknown.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "VET Pathway"
# The one public base URL: every absolute link (canonical, hreflang, sitemap, feeds, JSON-LD,
# API, emails, PDF) is built on it (home.public_urls), never on the request's host. Production
# requires it; the demo's Site record is set to match it.
WAGTAILADMIN_BASE_URL = env.base_url("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Avatars without an outside service (Gravatar would receive editors' email hashes).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend with prefix matching and, on PostgreSQL, a
        # text-search configuration per language (search/backend.py).
        "BACKEND": "search.backend",
        # For objects without a locale only; pages use their language's configuration.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# The search log (words and day only, see search.log) is kept this long; `manage.py purge_search_log`.
WAGTAILSEARCH_HITS_MAX_AGE = 90
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Content-Security-Policy (pathway.middleware) ---------------------------
# Public pages: no inline script, no nonce (pages are cacheable), nothing from
# another origin but the media bucket's images (MEDIA_ORIGIN). The Wagtail admin needs
# inline scripts and styles, so it gets a looser policy scoped to ADMIN_URL_PREFIXES alone.
CSP_PUBLIC = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src 'self' data: {MEDIA_ORIGIN}".rstrip(),
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
CSP_ADMIN = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob: {MEDIA_ORIGIN}".rstrip(),
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
CSP_ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
# No page needs the camera, microphone, location, payment or USB.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- Email ------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env.string("DEFAULT_FROM_EMAIL", "VET Pathway <noreply@localhost>")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Background work (django-tasks) -------------------------------------------
# Two backends. "default" runs Wagtail's own tasks (search index, references, renditions)
# at once, in the request, as before. PATHWAY_TASK_BACKEND runs the project's own (home.tasks:
# the registration emails): at once here, in development and in tests; production.py queues
# them in the database for `manage.py db_worker --backend pathway` (ops/systemd/).
PATHWAY_TASK_BACKEND = "pathway"
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    PATHWAY_TASK_BACKEND: {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

# --- Cache ------------------------------------------------------------------
CACHES = env.caches()
# Anonymous GET pages are cached this long (pathway.page_cache), and dropped on any publish.
PATHWAY_PAGE_CACHE_SECONDS = int(env.string("PAGE_CACHE_SECONDS", "60"))
# Rate limits when their cache is unreachable (home.ratelimit): these scopes refuse (429),
# every other scope lets the request through.
PATHWAY_RATELIMIT_FAIL_CLOSED = ["employer-registration", "passport-pdf", "opportunity-alerts"]
# Reverse proxies in front of the app that append to X-Forwarded-For (home.clientip):
# 0 ignores the header; N takes the address N entries from its right.
PATHWAY_TRUSTED_PROXIES = 0

# Error reports hide every POST value and local variable (personal data, see pathway.logging_filters).
DEFAULT_EXCEPTION_REPORTER_FILTER = "pathway.logging_filters.NoPostDataExceptionReporterFilter"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.string("LOG_LEVEL", "WARNING")},
}
