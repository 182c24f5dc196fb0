from django.core.management.base import BaseCommand

from opportunities.alerts import services
from opportunities.alerts.models import KEEP_DAYS, RENEWAL_DAYS, UNCONFIRMED_RETENTION_DAYS, Alert


class Command(BaseCommand):
    help = (
        f"Delete email alerts no longer wanted: unconfirmed ones older than {UNCONFIRMED_RETENTION_DAYS} days, and "
        f"confirmed ones whose keep-link (sent {RENEWAL_DAYS} days after confirmation or the last renewal) was not "
        f"used within {KEEP_DAYS} days; then send the keep-links that are due. Run it daily or hourly "
        "(run_scheduled does); it is idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="count, delete and send nothing")

    def handle(self, *args, dry_run, **options):
        unconfirmed = Alert.objects.unconfirmed_older_than(UNCONFIRMED_RETENTION_DAYS)
        expired = Alert.objects.expired()
        counts = (unconfirmed.count(), expired.count())
        if dry_run:
            reminders = Alert.objects.to_remind().count()
        else:
            unconfirmed.delete()
            expired.delete()
            reminders = services.send_keep_reminders()
        verb, send = ("Would delete", "would send") if dry_run else ("Deleted", "sent")
        self.stdout.write(
            f"{verb} {counts[0]} unconfirmed alert(s) older than {UNCONFIRMED_RETENTION_DAYS} days "
            f"and {counts[1]} alert(s) not kept within {KEEP_DAYS} days of the keep-link; "
            f"{send} {reminders} keep-link(s)."
        )
