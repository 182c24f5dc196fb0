"""Export placements in the import template's columns (CSV or XLSX by the file's extension).

manage.py export_opportunities placements-de.xlsx --country DE
manage.py export_opportunities network.csv            (every country)
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opportunities.spreadsheet.exporter import export, source_pages
from opportunities.spreadsheet.template import file_format


class Command(BaseCommand):
    help = "Export a country's placements (or every country's) as CSV or XLSX in the import template's columns."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file to write, ending in .csv or .xlsx.")
        parser.add_argument("--country", action="append", help="A country code, e.g. DE (repeatable; default: all).")

    def handle(self, *args, **options):
        fmt = file_format(options["path"])
        if fmt is None:
            raise CommandError("The file's name must end in .csv or .xlsx.")
        countries = [code.upper() for code in options["country"]] if options["country"] else None
        Path(options["path"]).write_bytes(export(fmt, countries))
        count = source_pages(countries).count()
        self.stdout.write(f"{count} placements written to {options['path']}.")
