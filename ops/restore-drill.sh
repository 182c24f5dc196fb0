#!/usr/bin/env bash
# Restore drill: back up a PostgreSQL database with pg_dump, restore the dump into a
# new database, and check the restored site: migrations complete, search index
# rebuilt, pages answer. Wagtail's dumpdata/loaddata is not a backup; this is.
#
#   PGURL=postgres://postgres@127.0.0.1:5432 bash ops/restore-drill.sh
#
# It makes its own source database with the small demo content, so it can run on
# any PostgreSQL server it may create databases on; it drops what it made.
set -euo pipefail
cd "$(dirname "$0")/.."
PGURL=${PGURL:-postgres://postgres@127.0.0.1:5432}
PY=${PY:-.venv/bin/python}
SOURCE=pathway_drill_source
RESTORED=pathway_drill_restored
DUMP=var/restore-drill.dump
mkdir -p var

cleanup() {
    psql "$PGURL/postgres" -qc "DROP DATABASE IF EXISTS $SOURCE" -c "DROP DATABASE IF EXISTS $RESTORED" >/dev/null 2>&1 || true
    rm -f "$DUMP"
}
trap cleanup EXIT
cleanup

echo "1. A source database with the small demo content"
psql "$PGURL/postgres" -qc "CREATE DATABASE $SOURCE"
DATABASE_URL="$PGURL/$SOURCE" "$PY" manage.py migrate --no-input -v 0
DATABASE_URL="$PGURL/$SOURCE" "$PY" manage.py load_demo_content --size small >/dev/null
pages=$(psql "$PGURL/$SOURCE" -Atc "SELECT count(*) FROM wagtailcore_page")

echo "2. Back up with pg_dump (custom format)"
pg_dump --format=custom --no-owner --file="$DUMP" "$PGURL/$SOURCE"

echo "3. Restore into a new database with pg_restore"
psql "$PGURL/postgres" -qc "CREATE DATABASE $RESTORED"
pg_restore --no-owner --exit-on-error --dbname="$PGURL/$RESTORED" "$DUMP"
psql "$PGURL/$RESTORED" -qc "ANALYZE"  # a dump carries no planner statistics: without them, listings and search crawl
restored=$(psql "$PGURL/$RESTORED" -Atc "SELECT count(*) FROM wagtailcore_page")
[ "$pages" = "$restored" ] || { echo "page count differs: $pages before, $restored after"; exit 1; }

echo "4. Migrations complete, search index rebuilt"
DATABASE_URL="$PGURL/$RESTORED" "$PY" manage.py migrate --check
DATABASE_URL="$PGURL/$RESTORED" "$PY" manage.py update_index >/dev/null

echo "5. Smoke-test the restored site"
DATABASE_URL="$PGURL/$RESTORED" DJANGO_SETTINGS_MODULE=pathway.settings.bench "$PY" - <<'PYTHON'
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "site"))
import django

django.setup()
from django.test import Client

client = Client()
failures = []
for path in ["/health/", "/en/", "/de/", "/en/opportunities/?country=DE", "/pl/opportunities/", "/en/search/?q=cook",
             "/api/v2/opportunities/?locale=fr", "/sitemap.xml", "/en/privacy/"]:
    status = client.get(path).status_code
    print(f"   {status} {path}")
    if status != 200:
        failures.append(path)
sys.exit(1 if failures else 0)
PYTHON
echo "Restore drill passed: $pages pages backed up, restored and served."
