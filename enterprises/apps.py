from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnterprisesConfig(AppConfig):
    """Enterprise, social-partner and VET-provider profiles; employer registration."""

    name = "enterprises"
    label = "enterprises"
    verbose_name = _("Enterprises and social partners")
    default_auto_field = "django.db.models.BigAutoField"
