"""URLs of the opportunities app that are not routed by its pages.

The listing and feed are routes of ``OpportunityIndexPage``. Wagtail's page
routing takes only path segments ending in "/", so ``deadlines.ics`` is a URL
of its own inside the language prefix; the API lives outside it.
"""

from django.urls import path

from . import api, feeds

app_name = "opportunities"
api_urlpatterns = [path("api/v2/opportunities/", api.opportunities, name="api")]
localized_urlpatterns = [path("opportunities/deadlines.ics", feeds.deadlines_view, name="deadlines_ics")]
