"""Import placements from a CSV or XLSX file into one country section, with a user's rights.

    manage.py import_opportunities PATH --country DE --user editor-de [--dry-run] [--submit]
                                   [--skip-invalid] [--language de]
    manage.py import_opportunities --write-template template.xlsx   (or .csv)

Every row is checked with the page editor's rules first; when any row is invalid nothing is
written (exit status 1, each error by row and column) unless ``--skip-invalid``. Messages are in
the user's admin language.
"""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from opportunities import spreadsheet
from opportunities.spreadsheet import importer, report, translate
from opportunities.spreadsheet.reader import SpreadsheetError
from opportunities.spreadsheet.template import file_format, write_file


def user_language(user):
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language()


class Command(BaseCommand):
    help = "Import placements from a CSV or XLSX file into a country section (or write the blank template)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="The CSV or XLSX file to import.")
        parser.add_argument("--country", help="The country section, e.g. DE.")
        parser.add_argument("--user", help="The username whose rights apply.")
        parser.add_argument("--dry-run", action="store_true", help="Check every row and say what would change.")
        parser.add_argument("--submit", action="store_true", help="Submit the drafts to the country's moderation.")
        parser.add_argument("--skip-invalid", action="store_true", help="Write the valid rows even if some are not.")
        parser.add_argument("--language", help="The rows are translations into this language of existing placements.")
        parser.add_argument("--write-template", metavar="PATH", help="Write the blank template (.csv or .xlsx).")

    def handle(self, *args, **options):
        if options["write_template"]:
            return self.write_template(options["write_template"])
        if not (options["path"] and options["country"] and options["user"]):
            raise CommandError("Give PATH, --country and --user (or --write-template PATH).")
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"No user {options['user']!r}.")
        with translation.override(user_language(user)):
            return self.run(user, options)

    def write_template(self, path):
        fmt = file_format(path)
        if fmt is None:
            raise CommandError("The template's name must end in .csv or .xlsx.")
        Path(path).write_bytes(write_file(fmt))
        self.stdout.write(f"Template written to {path}.")

    def run(self, user, options):
        section = importer.source_section(options["country"])
        if section is None:
            raise CommandError(f"No country section {options['country']!r} in the source language.")
        if not importer.may_import(user, section) and not options["language"]:
            raise CommandError(str(PermissionDenied(importer.rights_message(user, section))))
        path = Path(options["path"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from error
        started = time.monotonic()
        try:
            if options["language"]:
                plan = translate.plan_file(data, path.name, section, user, options["language"])
            else:
                plan = spreadsheet.plan_file(data, path.name, section, user)
        except SpreadsheetError as error:
            raise CommandError(str(error)) from error
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        for error in plan.errors:
            self.stderr.write(report.error_line(error))
        for row in plan.rows:
            if row.action == "update":
                self.stdout.write(report.change_line(row))
        blocking = plan.file_errors or (plan.errors and not options["skip_invalid"])
        if options["dry_run"] or blocking:
            self.stdout.write(report.counts_line(plan.count("create"), plan.count("update"), plan.count("unchanged")))
            if blocking:
                raise CommandError(translation.gettext("Nothing was imported."))
            return
        try:
            if options["language"]:
                result = translate.write(plan, user)
            else:
                result = importer.write(plan, user, submit=options["submit"])
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            report.counts_line(len(result.created), len(result.updated), len(result.unchanged), len(result.skipped))
        )
        if options["verbosity"] > 1:
            self.stdout.write(f"{len(plan.rows)} rows in {time.monotonic() - started:.1f} s")
