from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from two_factor.urls import urlpatterns as two_factor_urls
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from opportunities import urls as opportunity_urls
from opportunities.alerts import urls as alert_urls
from opportunities.matching import urls as matching_urls

from . import admin_security, front_door, openapi, views
from .sitemaps import LocalizedSitemap

# Outside the language prefix: machine-facing endpoints and the admin.
urlpatterns = [
    path("health/", views.health, name="health"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("manifest.webmanifest", front_door.manifest, name="web_manifest"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("", include((opportunity_urls.api_urlpatterns, "opportunities_api"))),
    path("", include(matching_urls.api_urlpatterns)),
    path("api/schema/", openapi.schema_view, name="api_schema"),  # OpenAPI 3.1 of the three above
    path("django-admin/", admin.site.urls),
    # The admin's sign-in goes through the two-factor login (pathway.admin_security).
    path("admin/login/", admin_security.admin_login_redirect, name="admin_login_2fa"),
    path("admin/", include(wagtailadmin_urls)),
    path("", include(two_factor_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language: /en/..., /de/... A bare "/" is
# redirected by LocaleMiddleware to the visitor's language (Accept-Language).
urlpatterns += i18n_patterns(
    # The site's own error pages, previewed when DEBUG is on (a plain 404 otherwise).
    path("404/", front_door.preview_404, name="preview_404"),
    path("500/", front_door.preview_500, name="preview_500"),
    path("search/", include("search.urls")),
    path("statistics/", include("stats.urls")),
    path("", include((opportunity_urls.localized_urlpatterns, "opportunities"))),
    path("", include(matching_urls.localized_urlpatterns)),
    path("", include((alert_urls.localized_urlpatterns, "alerts"))),  # /<lang>/opportunities/alerts/...
    path("", include(wagtail_urls)),
)
