from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """Matching: ranked opportunities for a trainee's profile (``/<lang>/match/``, ``POST /api/match/``).

    A sub-app of opportunities that opportunities never imports: it reads the
    opportunity pages and keeps its own table (``MatchEntry``) current through
    the signals connected here.
    """

    name = "opportunities.matching"
    label = "matching"
    verbose_name = _("Matching")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
