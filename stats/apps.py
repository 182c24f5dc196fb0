from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "stats"
    label = "stats"
    verbose_name = _("Network statistics")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.usage import usage_event

        from .usage import receive

        usage_event.connect(receive, dispatch_uid="stats.usage.receive")
