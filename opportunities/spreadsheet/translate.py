"""``--language xx``: rows as translations of existing placements, matched by ``external_id``.

Only the translatable columns are read (title, summary, city ...; codes, numbers and dates are
synchronised from the source page and ignored here). Each row becomes, or updates, the page's
translation in that language through wagtail-localize, as the translation editor stores it, and
is published: the user must be allowed to publish that translation
(``home.translation_access.may_translate_into``: a translator into that language, the country's
moderators, administrators). Rich text is translated paragraph by paragraph, in order.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.translation_access import may_translate_into

from .cells import html_to_text, text_paragraphs
from .columns import SPEC
from .importer import Result
from .reader import SpreadsheetError, read_sheet
from .validate import Plan, RowError, RowPlan, existing_pages, form_class, required_message


def plan_file(data, filename, section, user, language_code):
    locale = Locale.objects.filter(language_code=language_code).exclude(pk=section.locale_id).first()
    if locale is None:
        raise SpreadsheetError(_("There is no language “%(code)s” to translate into.") % {"code": language_code})
    sheet = read_sheet(data, filename, ("cp1250", "cp1252") if language_code == "pl" else ("cp1252", "cp1250"))
    plan = Plan(section=section)
    plan.locale = locale
    if "external_id" not in sheet.headers:
        plan.file_errors.append(RowError(None, None, _("Columns missing: %(columns)s.") % {"columns": "external_id"}))
        return plan
    columns = [column for column in SPEC.translatable if column.name in sheet.headers]
    fields = form_class().base_fields
    ids = [cells.get("external_id", "") for _number, cells in sheet.rows]
    sources = existing_pages(section, [i for i in ids if i])
    for number, cells in sheet.rows:
        row = RowPlan(number=number, cells=cells, external_id=cells.get("external_id", ""))
        plan.rows.append(row)
        row.existing = sources.get(row.external_id)
        if not row.external_id:
            row.errors.append(RowError(number, "external_id", required_message()))
            continue
        if row.existing is None:
            row.errors.append(RowError(number, "external_id", _("No placement in this section has this external ID.")))
            continue
        if not may_translate_into(user, row.existing, locale):
            row.errors.append(
                RowError(
                    number,
                    None,
                    _("You may not translate this placement into %(language)s.")
                    % {"language": locale.get_display_name()},
                )
            )
            continue
        row.strings, row.values = {}, {}
        for column in columns:
            text = cells.get(column.name, "")
            if not text:
                continue  # left untranslated: the source text stays
            if column.kind == "richtext":
                source_segments = _rich_text_segments(row.existing, column.name)
                paragraphs = text_paragraphs(text)
                if len(paragraphs) != len(source_segments):
                    row.errors.append(
                        RowError(
                            number,
                            column.name,
                            _("Give as many paragraphs as the English text has (%(count)s).")
                            % {"count": len(source_segments)},
                        )
                    )
                    continue
                row.strings.update(zip(source_segments, paragraphs, strict=True))
            else:
                try:
                    text = fields[column.name].clean(text)
                except ValidationError as error:
                    row.errors.extend(RowError(number, column.name, str(message)) for message in error.messages)
                    continue
                row.strings[column.name] = text
            row.values[column.name] = text
        if row.errors:
            continue
        if not row.strings:
            row.errors.append(RowError(number, None, _("This row has no translated text.")))
            continue
        target = row.existing.get_translation_or_none(locale)
        if target is None or target.alias_of_id is not None:
            row.action = "create"
            continue
        target = target.specific
        current = {
            column.name: html_to_text(getattr(target, column.name))
            if column.kind == "richtext"
            else getattr(target, column.name)
            for column in columns
        }
        row.changed = [name for name, value in row.values.items() if current.get(name) != value]
        row.action = "update" if row.changed else "unchanged"
    return plan


def _rich_text_segments(page, field_name):
    """The source strings of a rich text field's paragraphs, in order, as wagtail-localize extracts them."""
    from wagtail_localize.segments.extract import extract_segments
    from wagtail_localize.segments.types import StringSegmentValue

    return [
        segment.string.data
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue) and segment.path == field_name
    ]


def write(plan, user):
    """Store each valid row's strings as the page's translation and publish it, one page per
    transaction (wagtail-localize publishes on commit)."""
    from wagtail_localize.models import Translation, TranslationSource

    from home.translation import store_strings

    result = Result(skipped=plan.invalid_rows)
    for row in plan.valid_rows:
        if row.action == "unchanged":
            result.unchanged.append(row)
            continue
        if not may_translate_into(user, row.existing, plan.locale):
            raise SpreadsheetError(
                _("You may not translate this placement into %(language)s.") % {"language": plan.locale}
            )
        with transaction.atomic():
            source, _created = TranslationSource.update_or_create_from_instance(row.existing)
            translation, _new = Translation.objects.get_or_create(
                source=source, target_locale=plan.locale, defaults={"enabled": True}
            )
            store_strings(translation, row.strings)
            translation.save_target(user=user, publish=True)
        (result.created if row.action == "create" else result.updated).append(row)
    return result
