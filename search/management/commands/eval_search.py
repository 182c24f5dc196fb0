"""Run the search golden set against the current database and print recall@10 and MRR.

The figures are reported, not asserted: the command fails only when the set is invalid.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Locale

from search import evaluation


class Command(BaseCommand):
    help = "Run search/golden/queries.yaml through the site search; print recall@10 and MRR per language."

    def add_arguments(self, parser):
        parser.add_argument("--set", default=str(evaluation.GOLDEN_SET), help="the golden set file")
        parser.add_argument("--misses", action="store_true", help="also list the queries that missed a page")

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        try:
            queries = evaluation.load(options["set"], languages)
        except evaluation.GoldenSetError as error:
            raise CommandError(str(error)) from error
        locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=languages)}
        runs = []
        for golden_query in queries:
            if golden_query.language not in locales:
                found = []
            else:
                found = evaluation.run_query(golden_query, locales)
            runs.append((golden_query, found))
        self.stdout.write(evaluation.markdown(evaluation.summarise(runs, languages), connection.vendor))
        if options["misses"]:
            self.stdout.write("")
            for golden_query, found in runs:
                missing = [key for key in golden_query.expect if key not in found[: evaluation.CUTOFF]]
                if missing:
                    self.stdout.write(
                        f"- [{golden_query.language}] {golden_query.query!r}: missing {', '.join(missing)}"
                        f" (found {', '.join(found[:5]) or 'nothing'})"
                    )
