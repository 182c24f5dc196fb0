"""Project-wide views that belong to no content app: health check and robots.txt."""

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from home.public_urls import absolute_url

from .cache import status as cache_status


@never_cache
@require_GET
def health(request):
    """The database and the cache, each "ok" or "unavailable".

    503 only when the database cannot be reached: without the cache the site still
    serves (uncached), so a load balancer should keep sending traffic.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = "ok"
    except DatabaseError:
        database = "unavailable"
    data = {"status": "ok" if database == "ok" else "unavailable", "database": database, "cache": cache_status()}
    return JsonResponse(data, status=200 if database == "ok" else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /*/passport/pdf/",
        "Disallow: /*/search/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says: send them to the SVG icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
