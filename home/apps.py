from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The ground floor: home page, legal pages, shared blocks and i18n helpers.

    Every content app may import from here; this app imports none of them.
    """

    name = "home"
    label = "home"
    verbose_name = _("Home and shared content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import content_cache

        content_cache.connect()
