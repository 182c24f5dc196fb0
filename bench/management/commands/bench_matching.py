from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench import matching as bench


class Command(BaseCommand):
    help = "Print p50/p95 latency of matching (SQL, engine, API and HTML requests) and peak memory. Asserts nothing."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200, help="Number of profiles (default 200).")
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, runs, locale, seed, **options):
        if runs < 1:
            raise CommandError("--runs must be at least 1.")
        bench.run(runs=runs, language=locale, seed=seed, log=self.stdout.write)
