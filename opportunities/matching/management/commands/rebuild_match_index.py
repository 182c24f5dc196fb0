from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from opportunities.matching.index import rebuild


class Command(BaseCommand):
    help = "Recreate the matching table (MatchEntry) from the live, public opportunities."

    def add_arguments(self, parser):
        parser.add_argument("--locale", help="Only this language code (default: every locale).")

    def handle(self, *args, locale=None, **options):
        target = None
        if locale:
            target = Locale.objects.filter(language_code=locale).first()
            if target is None:
                raise CommandError(f"Unknown locale {locale!r}.")
        rebuild(target, log=self.stdout.write)
