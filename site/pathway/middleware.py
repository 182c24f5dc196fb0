import sys

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.signals import got_request_exception
from django.db import DatabaseError, InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation

from home.content_cache import site_for_request


class ContentSecurityPolicyMiddleware:
    """Send a Content-Security-Policy and a Permissions-Policy on every response.

    Public pages get ``settings.CSP_PUBLIC`` (``script-src 'self'``, no inline
    script, no nonce, so a cached page is safe to share). The Wagtail admin needs
    inline scripts, so the looser ``settings.CSP_ADMIN`` is scoped to the admin's
    path prefixes alone. A view that sets its own policy keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = tuple(settings.CSP_ADMIN_PATH_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith(self.admin_prefixes)
            response["Content-Security-Policy"] = settings.CSP_ADMIN if admin else settings.CSP_PUBLIC
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


# --- Database outage ---------------------------------------------------------------
RETRY_AFTER_SECONDS = 30
DATABASE_DOWN = (OperationalError, InterfaceError)


@receiver(got_request_exception, dispatch_uid="pathway_database_unavailable")
def _note_database_outage(sender, request=None, **kwargs):
    """Mark the request when the exception being handled is a lost database connection."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_DOWN):
        request.pathway_database_unavailable = True


def database_unavailable_response(request):
    """A translated 503 with Retry-After: HTML for pages, JSON for the API."""
    language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        if request.path.startswith("/api/"):
            message = translation.gettext("The service is temporarily unavailable. Please try again in a minute.")
            response = JsonResponse({"errors": [{"field": "", "message": message}]}, status=503)
        else:
            response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


class DatabaseUnavailableMiddleware:
    """Turn the 500 of a lost database connection into a translated 503 with ``Retry-After``.

    Sits outside the page cache, so that pages still in the cache are served while
    the database is down (they never reach the database); everything else gets this
    page instead of "Something went wrong". The error is still logged as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "pathway_database_unavailable", False):
            return database_unavailable_response(request)
        return response


class CachedSiteMiddleware:
    """Give Wagtail the request's site from the cache (``home.content_cache``) instead of a query
    per request. Paths that Wagtail does not serve (the admin, the health check, the API, files)
    find their own when they need one."""

    SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/health/", "/api/", "/static/", "/media/", "/documents/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(self.SKIPPED_PREFIXES):
            try:
                request._wagtail_site = site_for_request(request)
            except DisallowedHost:
                pass  # CommonMiddleware has answered 400 already; Wagtail would raise it again
            except DatabaseError:
                pass  # database down: a view that needs the site finds out (503); /robots.txt does not
        return self.get_response(request)
