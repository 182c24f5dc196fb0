"""URLs of the opportunities app that are not routed by its pages.

The listing and feed are routes of ``OpportunityIndexPage``. Wagtail's page
routing takes only path segments ending in "/", so ``deadlines.ics`` is a URL
of its own inside the language prefix; the API lives outside it: a django-ninja
API (``opportunities.api``) under ``/api/``, to be included in the namespace
``opportunities_api`` (its URL names: ``api``, the listing, and ``api_detail``).
"""

from django.urls import include, path

from . import api, feeds

app_name = "opportunities"
api_urlpatterns = [path("api/", include(api.api.urls[0]))]
# As a URLconf of its own: the API's 404 answers are checked against it (see ``api._not_found``).
urlpatterns = api_urlpatterns
localized_urlpatterns = [path("opportunities/deadlines.ics", feeds.deadlines_view, name="deadlines_ics")]
