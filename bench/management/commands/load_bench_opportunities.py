from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from bench import bulk
from home.locales import sync_locales
from opportunities.sections import setup


class Command(BaseCommand):
    help = "Bulk-insert N opportunities in one locale for benchmarks (no revisions, no translations)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE)
        parser.add_argument("--seed", type=int, default=42)
        parser.add_argument("--no-index", action="store_true", help="Skip the search index rebuild.")

    def handle(self, *args, count, locale, seed, no_index, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        sync_locales()
        bulk.ensure_home_page()
        setup(log=self.stdout.write, languages=[])
        try:
            target = Locale.objects.get(language_code=locale)
        except Locale.DoesNotExist as error:
            raise CommandError(f"Unknown locale {locale!r}.") from error
        bulk.load(count, target, seed=seed, log=self.stdout.write, index=not no_index)
