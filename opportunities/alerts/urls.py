"""URLs of the email alerts, included by the project's URLconf inside the language prefix, in
the namespace ``alerts`` (``/<lang>/opportunities/alerts/...``), before Wagtail's pages.

Not routes of ``OpportunityIndexPage``: the subscription and the one-click unsubscribe take
POSTs without a CSRF token, which Wagtail's page view would refuse (see ``views``).
"""

from django.urls import path

from . import views

app_name = "alerts"
localized_urlpatterns = [
    path("opportunities/alerts/subscribe/", views.subscribe, name="subscribe"),
    path("opportunities/alerts/thanks/", views.thanks, name="thanks"),
    path("opportunities/alerts/confirm/<str:token>/", views.confirm, name="confirm"),
    path("opportunities/alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("opportunities/alerts/keep/<str:token>/", views.keep, name="keep"),
]
urlpatterns = localized_urlpatterns
