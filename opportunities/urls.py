"""URLs outside the language prefix (the listing, feed and iCalendar are routed by the index page)."""

from django.urls import path

from . import api

app_name = "opportunities"
urlpatterns = [path("api/v2/opportunities/", api.opportunities, name="api")]
