from django.core.management.base import BaseCommand, CommandError

from enterprises.models import UNCONFIRMED_RETENTION_DAYS, EmployerRegistration

DEFAULT_RETENTION_DAYS = 365


class Command(BaseCommand):
    help = (
        "Delete employer registrations no longer needed: approved or rejected ones decided more than "
        f"--days ago (default {DEFAULT_RETENTION_DAYS}), and unconfirmed ones older than "
        f"{UNCONFIRMED_RETENTION_DAYS} days. Run it daily (cron, systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_RETENTION_DAYS, help="retention of processed ones")
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        processed = EmployerRegistration.objects.processed_older_than(days)
        unconfirmed = EmployerRegistration.objects.unconfirmed_older_than(UNCONFIRMED_RETENTION_DAYS)
        counts = (processed.count(), unconfirmed.count())
        if not dry_run:
            processed.delete()
            unconfirmed.delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {counts[0]} processed registration(s) decided more than {days} days ago "
            f"and {counts[1]} unconfirmed registration(s) older than {UNCONFIRMED_RETENTION_DAYS} days."
        )
