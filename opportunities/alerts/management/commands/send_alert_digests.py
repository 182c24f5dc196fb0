from django.core.management.base import BaseCommand, CommandError

from opportunities.alerts.digest import BATCH_SIZE, send_digests


class Command(BaseCommand):
    help = (
        "Email each due alert (daily ones a day, weekly ones a week after their last digest) the placements "
        "first published since then that match its search, in its language; nothing when there is nothing new. "
        "Idempotent: run it hourly (run_scheduled does)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="alerts per transaction")

    def handle(self, *args, batch_size, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        outcome = send_digests(batch_size=batch_size)
        for note in outcome.notes:
            self.stderr.write(note)
        self.stdout.write(
            f"Sent {outcome.sent} alert digest(s) for {outcome.due} due alert(s) in {outcome.groups} search(es); "
            f"{outcome.nothing_new} with nothing new, {outcome.failed} failed."
        )
        if outcome.failed:
            raise CommandError(f"{outcome.failed} digest(s) could not be sent; they are tried again at the next run.")
