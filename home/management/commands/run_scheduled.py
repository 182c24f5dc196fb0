"""The site's scheduled jobs, in order, each on its own: one that fails is reported and the
others still run; the exit status is non-zero when any failed.

Run it from a timer (ops/systemd/pathway-scheduled.timer: hourly, so that pages scheduled in
Wagtail go live on the hour; the other jobs are idempotent and cheap, so running them hourly only
makes them more punctual). ``--only`` runs some of them, e.g. from a second timer.

The jobs are other apps' commands, called by name: ``home`` imports no app.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import task_backends

logger = logging.getLogger(__name__)

# Finished task results (the emails' text and address) are kept this long for the operators.
TASK_RESULTS_DAYS = 7
FAILED_TASK_RESULTS_DAYS = 14


def _has_task_queue():
    """True when the project's task backend keeps its tasks in the database (production)."""
    if not apps.is_installed("django_tasks_db"):
        return False
    from django_tasks_db.backend import DatabaseBackend

    alias = getattr(settings, "PATHWAY_TASK_BACKEND", None)
    return alias in settings.TASKS and isinstance(task_backends[alias], DatabaseBackend)


def jobs():
    """``[(name, command, arguments)]`` in the order they run."""
    planned = [
        ("publish_scheduled", "publish_scheduled", []),  # Wagtail: scheduled publishing and expiry
        ("purge_registrations", "purge_registrations", []),  # its own retention defaults
        ("purge_search_log", "purge_search_log", []),
        ("flush_usage_counters", "flush_usage_counters", []),
    ]
    if apps.is_installed("opportunities.alerts"):
        # After publish_scheduled, so that placements going live on the hour are in the digests.
        planned[1:1] = [
            ("send_alert_digests", "send_alert_digests", []),  # idempotent: each alert at most once a period
            ("purge_alerts", "purge_alerts", []),  # unconfirmed after 7 days; keep-links; unkept after 30 days
        ]
    if _has_task_queue():
        planned.append(
            (
                "prune_task_results",
                "prune_db_task_results",
                [
                    f"--backend={settings.PATHWAY_TASK_BACKEND}",
                    "--queue-name=*",
                    f"--min-age-days={TASK_RESULTS_DAYS}",
                    f"--failed-min-age-days={FAILED_TASK_RESULTS_DAYS}",
                ],
            )
        )
    return planned


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs in order (publish_scheduled, send_alert_digests and purge_alerts where email "
        "alerts are installed, purge_registrations, purge_search_log, "
        "flush_usage_counters, and prune_task_results where tasks wait in the database); one failing does not "
        "stop the others, and the exit status is 1 if any failed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            action="append",
            metavar="JOB",
            help="run only this job (repeatable); one of the names above",
        )

    def handle(self, *args, only=None, **options):
        planned = jobs()
        if only:
            names = {name for name, _command, _arguments in planned}
            unknown = sorted(set(only) - names)
            if unknown:
                raise CommandError(f"Unknown job(s): {', '.join(unknown)}. Jobs: {', '.join(sorted(names))}.")
            planned = [job for job in planned if job[0] in only]
        failed = []
        for name, command, arguments in planned:
            self.stdout.write(f"== {name}")
            try:
                call_command(command, *arguments, stdout=self.stdout, stderr=self.stderr)
            except (Exception, SystemExit) as error:
                logger.exception("Scheduled job %s failed.", name)
                self.stderr.write(f"{name} failed: {error!r}")
                failed.append(name)
        if failed:
            raise CommandError(f"{len(failed)} of {len(planned)} scheduled job(s) failed: {', '.join(failed)}.")
        self.stdout.write(self.style.SUCCESS(f"{len(planned)} scheduled job(s) done."))
