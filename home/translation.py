"""Programmatic translation through wagtail-localize's own machinery.

Used by the demo-content builders of every app and by tests. The steps are the
ones the translation editor takes: create a translation source for the page,
export its segments as PO, fill in the strings we have, import and publish.

wagtail-localize publishes in ``transaction.on_commit``: call this outside any
enclosing transaction (or, in tests, inside
``django_capture_on_commit_callbacks(execute=True)``), and one page at a time
(translating a parent and its child in one transaction breaks the tree).
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


def translate_page(page, locale, strings):
    """Translate ``page`` into ``locale`` and publish it.

    ``strings`` maps a segment's context (a field name such as ``"title"``, or a
    block path, as wagtail-localize names it) or the source text itself to its
    translation. Segments with no entry keep the source text, as wagtail-localize
    does for untranslated segments. Returns the translated page.
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation_obj, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation_obj.export_po()
    for entry in po:
        value = strings.get(entry.msgctxt)
        if value is None:
            value = strings.get(entry.msgid)
        if value is not None:
            entry.msgstr = value
    with transaction.atomic():
        translation_obj.import_po(po)
    translation_obj.save_target(publish=True)
    return page.get_translation(locale)


def ensure_parent_translated(page, locale):
    """The parent must exist in the target locale (translated or alias) before the child."""
    parent = page.get_parent()
    if parent.depth > 1 and not Page.objects.filter(translation_key=parent.translation_key, locale=locale).exists():
        raise ValueError(f"Translate {parent} into {locale} before {page}.")


def is_translated(page, locale):
    """True when ``page`` has a real translation (not an alias) in ``locale``."""
    return Page.objects.filter(translation_key=page.translation_key, locale=locale, alias_of__isnull=True).exists()


def in_language(language_code, text_factory):
    """``text_factory()`` (e.g. a gettext call) evaluated in ``language_code``."""
    with translation.override(language_code):
        return str(text_factory())


def gettext_texts(*factories):
    """``{language: text}`` for each text factory, from the interface translations."""
    return [{code: in_language(code, factory) for code, _name in settings.LANGUAGES} for factory in factories]


def strings_for(language, texts):
    """Source text -> its translation in ``language``, as wagtail-localize's PO entries are matched."""
    return {text[settings.LANGUAGE_CODE]: text[language] for text in texts if text.get(language)}


def other_locales(languages=None):
    """Every locale but the source language's (only ``languages`` when given)."""
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")
    if languages is not None:
        locales = locales.filter(language_code__in=list(languages))
    return locales


def translate_everywhere(page, texts, languages=None):
    """Translate ``page`` into every other locale where it is not translated yet.

    ``texts`` is a list of ``{language_code: text}`` dicts whose source-language
    entry is the text on the page; one page per transaction. Returns how many
    translations were made.
    """
    done = 0
    for locale in other_locales(languages):
        if not is_translated(page, locale):
            translate_page(page, locale, strings_for(locale.language_code, texts))
            done += 1
    return done
