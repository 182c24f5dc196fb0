"""PostgreSQL only: two kinds of index that keep site search flat at 100,000 placements.

- ``site_search_page_id_text``: modelsearch joins its index table to the pages on
  ``object_id = page.id::varchar(50)``. Without an index on that expression the only plan was
  a hash join over every page of the site (a sequential scan, 50 ms at 100,000 pages, twice
  per search); with it, the planner ranks the matching index rows and fetches only the pages
  of the first results (the ranked query went from 124 ms to 33 ms).
- ``site_search_title_trgm``, ``site_search_body_trgm``: trigram indexes on the accent-free,
  lower-case plain text of the index rows, so that the relaxed search for a word like a page's
  word (typos, parts of compounds: ``search.query.Similar``) is an index scan, not a
  similarity computed for every row (12 s at 100,000 placements). Created only where pg_trgm
  and ``f_unaccent()`` exist (migration 0001).

On SQLite this migration does nothing.
"""

from django.db import migrations

PAGE_INDEX = "site_search_page_id_text"
TRIGRAM_INDEXES = {"site_search_title_trgm": "title_text", "site_search_body_trgm": "body_text"}


def _exists(cursor, kind, name):
    table, column = {"extension": ("pg_extension", "extname"), "function": ("pg_proc", "proname")}[kind]
    cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = %s)", [name])  # noqa: S608
    return cursor.fetchone()[0]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    pages = apps.get_model("wagtailcore", "Page")._meta.db_table
    entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f'CREATE INDEX IF NOT EXISTS {PAGE_INDEX} ON "{pages}" ((("id")::varchar(50)))')
        if _exists(cursor, "extension", "pg_trgm") and _exists(cursor, "function", "f_unaccent"):
            for name, column in TRIGRAM_INDEXES.items():
                cursor.execute(
                    f'CREATE INDEX IF NOT EXISTS {name} ON "{entries}" USING gin (f_unaccent(LOWER("{column}")) gin_trgm_ops)'
                )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in [PAGE_INDEX, *TRIGRAM_INDEXES]:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_noresultsearch")]
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
