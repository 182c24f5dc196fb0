"""PostgreSQL only: accent-free text-search configurations and trigram matching for site search.

Creates, where the database allows it (each step is skipped, with a notice, when an extension
cannot be created, e.g. without the privilege):

- the ``unaccent`` and ``pg_trgm`` extensions and ``f_unaccent()``, an immutable wrapper
  (the one modelsearch's ``enable_unaccent`` command creates);
- ``pathway_<config>`` text-search configurations: copies of english, german, spanish,
  italian, french and simple that drop accents before stemming ("electricien" finds
  "électricien", "Wlochy" finds "Włochy").

``search.backend`` uses them when they exist. On SQLite this migration does nothing.
Run ``manage.py update_index`` afterwards so that existing pages are indexed with them.
"""

from django.db import migrations, transaction

CONFIGS = {
    "english": "english_stem",
    "german": "german_stem",
    "spanish": "spanish_stem",
    "italian": "italian_stem",
    "french": "french_stem",
    "simple": "simple",
}


def _try(cursor, sql):
    try:
        with transaction.atomic():
            cursor.execute(sql)
        return True
    except Exception:  # noqa: BLE001 - a missing privilege or extension leaves search as it was
        return False


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        _try(cursor, "CREATE EXTENSION IF NOT EXISTS pg_trgm")
        if not _try(cursor, "CREATE EXTENSION IF NOT EXISTS unaccent"):
            return
        _try(
            cursor,
            "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
            "AS $func$ SELECT public.unaccent('public.unaccent', $1) $func$",
        )
        for config, dictionary in CONFIGS.items():
            name = f"pathway_{config}"
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            _try(
                cursor,
                f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {config}); "
                f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
                f"WITH unaccent, {dictionary}",
            )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for config in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS pathway_{config}")


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
