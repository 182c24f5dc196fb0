from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Email alerts: a followed search sent as a daily or weekly digest, without an account.

    A sub-app of opportunities that opportunities never imports (its follow page only links
    to the subscription URL when it exists). It reads the opportunity pages and the listing's
    filters, and keeps its own table of alerts (``Alert``).
    """

    name = "opportunities.alerts"
    label = "alerts"
    verbose_name = _("Email alerts")
    default_auto_field = "django.db.models.BigAutoField"
