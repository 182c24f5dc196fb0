from django.core.management.base import BaseCommand

from stats.usage import flush


class Command(BaseCommand):
    help = "Move the usage counts buffered in the cache into the database (run it from cron, e.g. hourly)."

    def handle(self, *args, **options):
        moved = flush()
        self.stdout.write(f"{moved} counts moved into the database.")
