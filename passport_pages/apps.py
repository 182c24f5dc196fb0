from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PassportPagesConfig(AppConfig):
    """The pathway passport: the booklet that travels with the young person."""

    name = "passport_pages"
    label = "passport_pages"
    verbose_name = _("Pathway passport")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
