"""PostgreSQL only: a GIN index on ``title || body`` of Wagtail's search index table.

modelsearch's database backend filters on the concatenated vector ``title || body``, but
the table only has GIN indexes on each column: without this one, every search scans the
whole index. On SQLite this migration does nothing.
"""

from django.db import migrations

INDEX = "site_search_title_body_gin"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING gin ((title || body))')


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_postgres_text_search"), ("wagtailsearch", "0010_add_text_fields")]
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
