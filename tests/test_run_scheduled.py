"""`manage.py run_scheduled`: the scheduled jobs in order, each on its own."""

import datetime
import io
import re
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from enterprises.factories import EmployerRegistrationFactory
from enterprises.models import EmployerRegistration
from home import tasks

pytestmark = pytest.mark.django_db

DAILY = [
    "publish_scheduled",
    "send_alert_digests",
    "purge_alerts",
    "purge_registrations",
    "purge_search_log",
    "flush_usage_counters",
]
QUEUED = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "pathway": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("run_scheduled", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def ran(output):
    return re.findall(r"^== (\w+)$", output, flags=re.MULTILINE)


@pytest.fixture
def stale_registration(db):
    """Unconfirmed for longer than the retention: purge_registrations deletes it."""
    registration = EmployerRegistrationFactory(status=EmployerRegistration.Status.UNCONFIRMED)
    EmployerRegistration.objects.filter(pk=registration.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    return registration


def test_every_job_runs_in_order(stale_registration):
    output, errors, failure = run()
    assert failure is None, errors
    assert ran(output) == DAILY  # immediate tasks in tests: no task results to prune
    assert "6 scheduled job(s) done." in output
    assert not EmployerRegistration.objects.filter(pk=stale_registration.pk).exists()


def test_one_failing_job_is_reported_and_the_others_still_run(stale_registration):
    with mock.patch(
        "search.management.commands.purge_search_log.Command.handle", side_effect=RuntimeError("search log locked")
    ):
        output, errors, failure = run()
    assert ran(output) == DAILY
    assert "counts moved into the database" in output  # the job after the failing one ran
    assert not EmployerRegistration.objects.filter(pk=stale_registration.pk).exists()
    assert "purge_search_log failed: RuntimeError('search log locked')" in errors
    assert str(failure) == "1 of 6 scheduled job(s) failed: purge_search_log."
    assert failure.returncode == 1  # manage.py exits with this status


def test_only_runs_the_named_jobs(stale_registration):
    output, _errors, failure = run("--only", "publish_scheduled")
    assert failure is None
    assert ran(output) == ["publish_scheduled"]
    assert EmployerRegistration.objects.filter(pk=stale_registration.pk).exists()
    _output, _errors, failure = run("--only", "publish")
    assert "Unknown job(s): publish." in str(failure)


@override_settings(TASKS=QUEUED)
def test_with_a_task_queue_old_task_results_are_pruned():
    old = tasks.enqueue_email("Old", "Body", "a@example.org", "en")
    new = tasks.enqueue_email("New", "Body", "b@example.org", "en")
    DBTaskResult.objects.update(status="SUCCESSFUL")
    DBTaskResult.objects.filter(pk=old.id).update(finished_at=timezone.now() - datetime.timedelta(days=8))
    DBTaskResult.objects.filter(pk=new.id).update(finished_at=timezone.now() - datetime.timedelta(days=1))
    output, errors, failure = run()
    assert failure is None, errors
    assert ran(output) == [*DAILY, "prune_task_results"]
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [new.db_result.pk]
