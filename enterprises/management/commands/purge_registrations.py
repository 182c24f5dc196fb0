from django.core.management.base import BaseCommand, CommandError

from enterprises.models import UNCONFIRMED_RETENTION_DAYS, EmployerRegistration

DEFAULT_RETENTION_DAYS = 365
# Confirmed registrations that no editor decided: kept this long after confirmation
# (the privacy notice states the same period).
UNDECIDED_RETENTION_DAYS = 180


class Command(BaseCommand):
    help = (
        "Delete employer registrations no longer needed: approved or rejected ones decided more than "
        f"--days ago (default {DEFAULT_RETENTION_DAYS}), confirmed ones nobody decided within "
        f"--undecided-days of confirmation (default {UNDECIDED_RETENTION_DAYS}), and unconfirmed ones older than "
        f"{UNCONFIRMED_RETENTION_DAYS} days. Run it daily (cron, systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DEFAULT_RETENTION_DAYS, help="retention of processed ones")
        parser.add_argument(
            "--undecided-days",
            type=int,
            default=UNDECIDED_RETENTION_DAYS,
            help="retention of confirmed ones still waiting for a decision, counted from confirmation",
        )
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, days, undecided_days, dry_run, **options):
        if days < 0 or undecided_days < 0:
            raise CommandError("--days and --undecided-days cannot be negative.")
        processed = EmployerRegistration.objects.processed_older_than(days)
        undecided = EmployerRegistration.objects.undecided_older_than(undecided_days)
        unconfirmed = EmployerRegistration.objects.unconfirmed_older_than(UNCONFIRMED_RETENTION_DAYS)
        counts = (processed.count(), unconfirmed.count(), undecided.count())
        if not dry_run:
            processed.delete()
            unconfirmed.delete()
            undecided.delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {counts[0]} processed registration(s) decided more than {days} days ago "
            f"and {counts[1]} unconfirmed registration(s) older than {UNCONFIRMED_RETENTION_DAYS} days; "
            f"{counts[2]} undecided registration(s) confirmed more than {undecided_days} days ago."
        )
