"""An index on ``wagtailcore_page.url_path``, for ``home.routing``.

The one-query router finds every page on a request's path by ``url_path IN (...)``. Wagtail
does not index that column (its own routing walks the tree by parent and slug), so without
this index every routed request read the whole page table: 35 ms a request at 100,000
placements on PostgreSQL, growing with the site. Both databases; the column is Wagtail's, so
the index is created with SQL rather than declared on a model of ours.
"""

from django.db import migrations

INDEX = "home_page_url_path_idx"


def forwards(apps, schema_editor):
    pages = schema_editor.quote_name(apps.get_model("wagtailcore", "Page")._meta.db_table)
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {pages} (url_path)")


def backwards(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("home", "0002_home_page_sections"), ("wagtailcore", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
