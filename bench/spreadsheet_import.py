"""Time an import of N placements (default 1,000) from a CSV file, on a throwaway SQLite database.

    .venv/bin/python bench/spreadsheet_import.py [--rows 1000]

Builds ``var/bench-spreadsheet.sqlite3`` afresh (migrate, locales, home page, listing and country
sections in English with their aliases in every other language, roles, one editor of Germany),
writes a CSV in the template's columns, then times reading and validating every row (what the
admin's preview costs) and writing them (a draft page, its revision and five aliases each) with
the development settings (search index updated on save, as in production). Not a test.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = ROOT / "var" / "bench-spreadsheet.sqlite3"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()

    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ["DJANGO_SETTINGS_MODULE"] = "pathway.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    DATABASE.parent.mkdir(exist_ok=True)
    DATABASE.unlink(missing_ok=True)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from bench.bulk import ensure_home_page
    from home.locales import sync_locales, sync_trees
    from home.roles import editors_group_name, setup_country
    from opportunities import spreadsheet
    from opportunities.sections import setup
    from opportunities.spreadsheet import importer
    from opportunities.tests.spreadsheet_helpers import csv_bytes, good_row

    started = time.monotonic()
    call_command("migrate", verbosity=0)
    sync_locales()
    ensure_home_page()
    _index, sections = setup(log=lambda message: None, languages=[])
    sync_trees()
    setup_country("DE")
    editor = get_user_model().objects.create_user("bench-editor-de", password="x" * 16)
    editor.groups.add(Group.objects.get(name=editors_group_name("DE")))
    print(f"database ready in {time.monotonic() - started:.1f} s ({DATABASE})")

    data = csv_bytes([good_row(number) for number in range(1, args.rows + 1)])
    section = sections["DE"]

    started = time.monotonic()
    plan = spreadsheet.plan_file(data, "bench.csv", section, editor)
    validated = time.monotonic() - started
    assert not plan.errors, plan.errors[:3]

    started = time.monotonic()
    result = importer.write(plan, editor)
    written = time.monotonic() - started
    assert len(result.created) == args.rows

    started = time.monotonic()
    again = spreadsheet.plan_file(data, "bench.csv", section, editor)
    revalidated = time.monotonic() - started
    assert again.count("unchanged") == args.rows

    print(f"{args.rows} rows, {len(data) / 1024:.0f} KiB CSV, SQLite")
    print(f"read and validate (preview):  {validated:7.1f} s  ({validated / args.rows * 1000:.0f} ms a row)")
    print(f"write drafts + aliases:       {written:7.1f} s  ({written / args.rows * 1000:.0f} ms a row)")
    print(f"import total:                 {validated + written:7.1f} s")
    print(f"second identical file (check): {revalidated:6.1f} s, {again.count('unchanged')} unchanged")


if __name__ == "__main__":
    main()
