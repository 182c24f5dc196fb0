"""Programmatic translation through wagtail-localize's own machinery.

Used by the demo-content builders of every app and by tests. The steps are the
ones the translation editor takes: create a translation source for the page, store
the strings we have as its segments' translations, save and publish the target.

wagtail-localize publishes in ``transaction.on_commit``: call this outside any
enclosing transaction (or, in tests, inside
``django_capture_on_commit_callbacks(execute=True)``), and one page at a time
(translating a parent and its child in one transaction breaks the tree).
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate_page(page, locale, strings, source=None):
    """Translate ``page`` into ``locale`` and publish it.

    ``strings`` maps a segment's context (a field name such as ``"title"``, or a
    block path, as wagtail-localize names it) or the source text itself to its
    translation. Segments with no entry keep the source text, as wagtail-localize
    does for untranslated segments. Returns the translated page.

    The strings are stored as the translation editor stores them (one ``StringTranslation``
    per segment, ``manual``), so a translator opens and edits them there; they are written
    in one query rather than entry by entry through a PO file, and the page is saved and
    published in one transaction. ``source``: the page's ``TranslationSource`` when the caller
    has just brought it up to date (``translate_everywhere``, once for every locale).
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    with transaction.atomic():
        if source is None:
            source, _created = TranslationSource.update_or_create_from_instance(page)
        translation_obj, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        store_strings(translation_obj, strings)
        translation_obj.save_target(publish=True)
    return page.get_translation(locale)


def store_strings(translation_obj, strings):
    """What ``Translation.import_po`` does with a PO file whose entries are filled from ``strings``
    (by context, else by source text), in a few queries: new ``StringTranslation`` rows in bulk,
    changed ones updated. Returns how many segments have a translation."""
    segments = (
        StringSegment.objects.filter(source=translation_obj.source)
        .order_by("order")
        .select_related("context", "string")
    )
    wanted = {}
    for segment in segments:
        value = strings.get(segment.context.path)
        if value is None:
            value = strings.get(segment.string.data)
        if value:  # import_po ignores blank strings
            wanted[(segment.string_id, segment.context_id)] = (segment, value)
    if not wanted:
        return 0
    locale_id = translation_obj.target_locale_id
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale_id=locale_id, context_id__in={context_id for _string_id, context_id in wanted}
        )
    }
    now = timezone.now()
    new = []
    for key, (segment, value) in wanted.items():
        row = existing.get(key)
        if row is None:
            new.append(
                StringTranslation(
                    translation_of_id=segment.string_id,
                    locale_id=locale_id,
                    context_id=segment.context_id,
                    data=value,
                    translation_type="manual",
                    tool_name="",
                    has_error=False,
                    field_error="",
                    updated_at=now,
                )
            )
        elif row.data != value:
            row.data, row.translation_type, row.tool_name, row.has_error = value, "manual", "", False
            row.save()  # its post_save keeps the page's draft title in step, as in import_po
        if segment.context.path == "title" and row is None:
            # What StringTranslation's post_save does, which bulk_create does not send.
            Page.objects.filter(translation_key=segment.context.object_id, locale_id=locale_id).update(
                draft_title=value
            )
    StringTranslation.objects.bulk_create(new)
    return len(wanted)


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
    translated = set(
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).values_list(
            "locale_id", flat=True
        )
    )
    missing = [locale for locale in other_locales(languages) if locale.pk not in translated]
    if not missing:
        return 0
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for locale in missing:
        translate_page(page, locale, strings_for(locale.language_code, texts), source=source)
    return len(missing)
