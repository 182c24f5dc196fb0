"""Fills ``source_first_published_at`` for the placements that exist: the first publication of
the source-language page of each ``translation_key`` (the locale of its earliest wagtail-localize
``TranslationSource``; without one, the pages that are not aliases), else the earliest first
publication among the key's pages. New publications are handled by ``opportunities.signals``."""

from django.db import migrations

BATCH = 1000


def milliseconds(value):
    return value.replace(microsecond=value.microsecond // 1000 * 1000) if value else None


def fill(apps, schema_editor):
    OpportunityPage = apps.get_model("opportunities", "OpportunityPage")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")

    source_locales = {}
    for object_id, locale_id in TranslationSource.objects.order_by("-created_at", "-pk").values_list(
        "object_id", "locale_id"
    ):
        source_locales[object_id] = locale_id  # the earliest one wins (read last)

    by_key = {}
    for pk, key, locale_id, alias_of_id, published in OpportunityPage.objects.values_list(
        "pk", "translation_key", "locale_id", "alias_of_id", "first_published_at"
    ).iterator(chunk_size=BATCH):
        by_key.setdefault(key, []).append((pk, locale_id, alias_of_id, published))

    changed = []
    for key, rows in by_key.items():
        source_locale = source_locales.get(key)
        if source_locale is not None:
            sources = [published for _, locale_id, _, published in rows if locale_id == source_locale and published]
        else:
            sources = [published for _, _, alias_of_id, published in rows if alias_of_id is None and published]
        candidates = sources or [published for *_, published in rows if published]
        value = milliseconds(min(candidates)) if candidates else None
        if value is None:
            continue
        changed.extend(OpportunityPage(pk=pk, source_first_published_at=value) for pk, *_ in rows)
    OpportunityPage.objects.bulk_update(changed, ["source_first_published_at"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0005_source_first_published_at"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
