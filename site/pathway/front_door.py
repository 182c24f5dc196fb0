"""The site's web manifest, and its own error pages previewed in development.

The manifest (``/manifest.webmanifest``) names the site and its icons for a phone's home screen;
its ``start_url`` is ``/``, which sends each visitor to their own language. The icons are drawn
from the SVG logo by ``home/icons/draw_icons.py``.

With ``DEBUG`` on, Django answers a missing page or an error with its technical pages, so the
site's own ``404.html`` and ``500.html`` are never seen in development: ``/<lang>/404/`` and
``/<lang>/500/`` render them, in that language, as production would (404 through Django's
``page_not_found`` with the request, 500 through ``server_error``, without context). With
``DEBUG`` off they are plain 404s.
"""

import json

from django.conf import settings
from django.http import Http404, HttpResponse
from django.templatetags.static import static
from django.utils.translation import gettext
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found, server_error

THEME_COLOUR = "#0b4f8a"  # --brand in site/static/css/site.css
MANIFEST_MAX_AGE = 24 * 60 * 60


@require_GET
def manifest(request):
    data = {
        "name": gettext("VET Pathway"),
        "short_name": gettext("VET Pathway"),
        "description": gettext(
            "Placements abroad in vocational training across Europe, with the support young people need."
        ),
        "start_url": "/",
        "scope": "/",
        "display": "browser",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("home/icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("home/icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {"src": static("home/icons/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    }
    response = HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/manifest+json")
    response["Cache-Control"] = f"public, max-age={MANIFEST_MAX_AGE}"
    return response


def _development_only():
    if not settings.DEBUG:
        raise Http404


@require_GET
def preview_404(request):
    _development_only()
    return page_not_found(request, Http404())


@require_GET
def preview_500(request):
    _development_only()
    return server_error(request)
