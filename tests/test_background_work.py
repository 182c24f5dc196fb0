"""Background work (home.tasks on the "pathway" task backend): the registration emails wait in
the database for the worker in production, and run at once in development and tests, where a
mail server failure still shows the registrant the "could not send" page."""

import importlib
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from enterprises.models import EmployerRegistration
from home import tasks

pytestmark = pytest.mark.django_db

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
QUEUED = {"default": {"BACKEND": IMMEDIATE}, "pathway": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

REGISTRATION = {
    "organisation_name": "Bäckerei Sonnenschein GmbH",
    "kind": "enterprise",
    "country": "DE",
    "city": "Leipzig",
    "sector": "C",
    "contact_email": "ausbildung@example.org",
    "contact_role": "Ausbildungsleiterin",
    "consent": "on",
}


@pytest.fixture
def german_index(home_page, organisation_index, translate):
    translate(home_page, "de", {"Home": "Startseite"})
    return translate(organisation_index, "de", {"Enterprises and social partners": "Unternehmen und Sozialpartner"})


def test_the_test_settings_run_both_backends_at_once():
    assert set(settings.TASKS) == {"default", "pathway"}
    assert settings.PATHWAY_TASK_BACKEND == "pathway"
    assert type(task_backends["default"]) is ImmediateBackend
    assert type(task_backends["pathway"]) is ImmediateBackend


def test_production_queues_the_project_tasks_and_keeps_wagtails_immediate(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "example.org")
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://example.org")
    from pathway.settings import production

    production = importlib.reload(production)
    assert production.TASKS["default"]["BACKEND"] == IMMEDIATE
    assert production.TASKS[production.PATHWAY_TASK_BACKEND]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in production.INSTALLED_APPS


@override_settings(TASKS=QUEUED, WAGTAILADMIN_BASE_URL="https://pathway.example/")
def test_the_confirmation_waits_for_the_worker_and_is_sent_in_the_registrants_language(
    client, german_index, run_worker
):
    assert isinstance(task_backends["pathway"], DatabaseBackend)
    response = client.post("/de/enterprises/register/", REGISTRATION)
    assert response.status_code == 302
    registration = EmployerRegistration.objects.get()

    # Stored, not sent: one task row carrying only the finished message, as JSON.
    assert mail.outbox == []
    queued = DBTaskResult.objects.get()
    assert (queued.backend_name, queued.task_path, queued.status) == ("pathway", "home.tasks.send_email", "READY")
    subject, body, recipient, language = queued.args_kwargs["args"]
    assert (recipient, language) == ("ausbildung@example.org", "de")
    assert f"/confirm/{registration.confirmation_key}/" in body

    run_worker()

    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"
    [message] = mail.outbox
    assert message.to == ["ausbildung@example.org"]
    assert message.extra_headers["Content-Language"] == "de"
    with translation.override("de"):
        german = gettext("Please confirm your registration with %(site_name)s") % {
            "site_name": settings.WAGTAIL_SITE_NAME
        }
    assert message.subject == german != f"Please confirm your registration with {settings.WAGTAIL_SITE_NAME}"
    assert message.body == body

    run_worker()  # nothing is sent twice
    assert len(mail.outbox) == 1


@override_settings(TASKS=QUEUED)
def test_a_mail_server_failure_in_the_worker_is_tried_again_later(client, organisation_index, run_worker):
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=OSError("refused")):
        response = client.post("/en/enterprises/register/", REGISTRATION)
        assert response.status_code == 302  # the request only stored the task
        run_worker()
    assert mail.outbox == []
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED" and failed.exception_class_path == "builtins.OSError"
    assert retry.status == "READY" and retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > failed.enqueued_at  # not due yet: the batch worker left it
    assert EmployerRegistration.objects.count() == 1

    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=failed.enqueued_at)  # time passes
    run_worker()
    assert [message.to for message in mail.outbox] == [["ausbildung@example.org"]]


def test_with_immediate_tasks_a_mail_server_failure_still_keeps_nothing(client, organisation_index):
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=OSError("refused")):
        response = client.post("/en/enterprises/register/", REGISTRATION)
    assert response.status_code == 503
    assert "We could not send the confirmation email" in response.content.decode()
    assert EmployerRegistration.objects.count() == 0


def test_an_immediate_send_that_fails_raises_and_is_not_retried():
    with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=OSError("refused")):
        with pytest.raises(tasks.TaskFailed, match="builtins.OSError"):
            tasks.enqueue_email("Subject", "Body", "someone@example.org", "en")
    assert mail.outbox == []
    assert not DBTaskResult.objects.exists()


def test_extra_headers_join_the_language():
    result = tasks.enqueue_email("Betreff", "Text", "a@example.org", "de", headers={"Reply-To": "b@example.org"})
    assert (tuple(result.args), result.kwargs) == (
        ("Betreff", "Text", "a@example.org", "de"),
        {"headers": {"Reply-To": "b@example.org"}},
    )
    [message] = mail.outbox
    assert message.extra_headers == {"Content-Language": "de", "Reply-To": "b@example.org"}
