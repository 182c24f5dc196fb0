"""``manage.py eval_matching``: the matching golden set against the current database.

Runs every profile of ``opportunities/matching/golden/profiles.yaml`` through the
same form and service as the matching view and prints a table (profile, holds,
why not) and how many profiles hold. Exit status 0 whatever the figures
(``--strict``: 1 when a profile does not hold). Reads only.

The demo's deadlines and start dates count from the day it was loaded, so the
profiles are checked as on that day (``--today``: ``demo``, the default; ``now``;
or a date), and the answer does not drift as the demo ages.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.models import Locale

from opportunities.matching import evaluation


class Command(BaseCommand):
    help = "Run the matching golden set (trainee profiles and what must come first) and print how many hold."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(evaluation.GOLDEN), help="The golden profiles (YAML).")
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE, help="The language whose placements count.")
        parser.add_argument(
            "--today",
            default="demo",
            help="The day to match on: demo (the day the demo was loaded), now, or YYYY-MM-DD.",
        )
        parser.add_argument("--strict", action="store_true", help="Exit with status 1 when a profile does not hold.")

    def handle(self, *args, file, locale, today, strict, **options):
        target = Locale.objects.filter(language_code=locale).first()
        if target is None:
            raise CommandError(f"Unknown locale {locale!r}.")
        if today == "demo":
            day = evaluation.demo_day(target)
        elif today == "now":
            day = timezone.localdate()
        else:
            try:
                day = datetime.date.fromisoformat(today)
            except ValueError as error:
                raise CommandError(f"--today: {error}") from error
        profiles = evaluation.load(file)
        verdicts = evaluation.run(profiles, target, today=day)
        self.stdout.write(f"Matching golden set, {len(profiles)} profiles, locale {locale}, as on {day.isoformat()}.\n")
        self.stdout.write(evaluation.table(verdicts))
        if strict and not all(verdict.holds for verdict in verdicts):
            raise CommandError("Some matching profiles do not hold.", returncode=1)
