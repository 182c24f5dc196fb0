"""Keep Wagtail's locales in step with ``settings.LANGUAGES``."""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree


def sync_locales():
    """Create a Locale per configured language, each synchronised from the default one.

    Tree synchronisation makes every page exist in every locale: a page not yet
    translated is an alias of its source (with a "not yet translated" notice).
    Idempotent; returns the language codes of the locales it created.
    """
    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    created_codes = []
    for code, _name in settings.LANGUAGES:
        locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            created_codes.append(code)
        if locale.pk != default.pk:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})
    return created_codes


def sync_trees():
    """Create aliases in every synchronised locale for pages not yet there."""
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale)
