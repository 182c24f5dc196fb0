"""URLs of matching, included by the project's URLconf without a namespace (the
names ``match`` and ``match_api`` are used as they are by templates and clients).

``localized_urlpatterns`` go inside the language prefix (``/<lang>/match/``);
``api_urlpatterns`` outside it (``POST /api/match/``).
"""

from django.urls import path

from . import api, views

api_urlpatterns = [path("api/match/", api.match, name="match_api")]
localized_urlpatterns = [path("match/", views.match, name="match")]
