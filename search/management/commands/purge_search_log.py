"""Delete the search log older than ``settings.WAGTAILSEARCH_HITS_MAX_AGE`` days (run daily)."""

import datetime
import io

from django.conf import settings
from django.core.management import BaseCommand, call_command
from django.utils import timezone

from search.models import NoResultSearch


class Command(BaseCommand):
    help = "Delete searches with no result and Wagtail's search hits older than WAGTAILSEARCH_HITS_MAX_AGE days."

    def handle(self, *args, **options):
        before = timezone.localdate() - datetime.timedelta(days=settings.WAGTAILSEARCH_HITS_MAX_AGE)
        deleted, _details = NoResultSearch.objects.filter(date__lt=before).delete()
        # Wagtail's own: daily hits older than WAGTAILSEARCH_HITS_MAX_AGE, then queries left with no hit.
        call_command("searchpromotions_garbage_collect", stdout=io.StringIO())
        self.stdout.write(f"Deleted {deleted} days of searches with no result before {before.isoformat()}.")
