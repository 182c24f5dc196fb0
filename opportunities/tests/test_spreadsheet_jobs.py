"""Imports of many rows in the background: the job, its progress page, the worker, failures."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from home.testing import verified_login
from opportunities.models import OpportunityPage
from opportunities.spreadsheet import jobs

from . import spreadsheet_helpers
from .spreadsheet_helpers import csv_bytes, good_row

# The shared fixtures, by name.
editor_de = spreadsheet_helpers.editor_de
network = spreadsheet_helpers.network

pytestmark = pytest.mark.django_db

INDEX = "/admin/placements-spreadsheets/"
MANY = jobs.BACKGROUND_ROWS + 5


@pytest.fixture
def signed_in(client, editor_de):
    verified_login(client, editor_de)
    return client


@pytest.fixture
def queued_in_database(settings):
    """The project's tasks wait in the database for the worker, as in production."""
    settings.TASKS = {**settings.TASKS, settings.PATHWAY_TASK_BACKEND: {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def confirmed(client, rows):
    """Upload ``rows``, then confirm the preview: ``(token, the confirm view's response)``."""
    data = {
        "file": SimpleUploadedFile("placements.csv", csv_bytes(rows), content_type="text/csv"),
        "all_or_nothing": "on",
    }
    html = client.post(f"{INDEX}DE/upload/", data).content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    return token, client.post(f"{INDEX}DE/confirm/", {"token": token})


def drafts():
    return OpportunityPage.objects.filter(external_id__startswith="DE-", alias_of__isnull=True)


def test_a_few_rows_are_written_in_the_request(signed_in):
    _token, response = confirmed(signed_in, [good_row(n) for n in range(1, 4)])
    assert response.status_code == 302 and "/imports/" not in response.url
    assert drafts().count() == 3 and not jobs.SpreadsheetImport.objects.exists()


def test_many_rows_run_as_a_job_that_the_worker_writes(signed_in, queued_in_database, run_worker):
    token, response = confirmed(signed_in, [good_row(n) for n in range(1, MANY + 1)])
    job = jobs.SpreadsheetImport.objects.get()
    assert response.status_code == 302 and response.url == f"{INDEX}imports/{job.pk}/"
    assert job.status == "queued" and job.rows == MANY and drafts().count() == 0

    waiting = signed_in.get(response.url).content.decode()
    assert '<meta http-equiv="refresh"' in waiting
    assert f'<progress id="import-progress" max="{MANY}" value="0">' in waiting
    assert f"0 of {MANY} rows written" in waiting

    again = signed_in.post(f"{INDEX}DE/confirm/", {"token": token})  # confirmed twice: the same job
    assert again.url == response.url and jobs.SpreadsheetImport.objects.count() == 1

    run_worker()

    job.refresh_from_db()
    assert job.status == "done" and (job.created, job.updated, job.unchanged) == (MANY, 0, 0)
    assert drafts().count() == MANY
    assert not default_storage.exists(job.file)  # the kept upload is gone
    finished = signed_in.get(response.url).content.decode()
    assert '<meta http-equiv="refresh"' not in finished
    assert f"{MANY} placements created" in finished
    assert f"/admin/pages/{network_section_pk()}/" in finished


def network_section_pk():
    from opportunities.spreadsheet.importer import source_section

    return source_section("DE").pk


def test_with_the_immediate_backend_the_job_has_run_when_the_editor_arrives(signed_in):
    _token, response = confirmed(signed_in, [good_row(n) for n in range(1, MANY + 1)])
    assert "/imports/" in response.url
    assert drafts().count() == MANY
    assert "Imported" in signed_in.get(response.url).content.decode()


def test_progress_is_read_from_the_cache_while_running(editor_de):
    job = jobs.SpreadsheetImport.objects.create(user=editor_de, country="DE", file="x", name="x.csv", rows=40)
    job.status = job.Status.RUNNING
    for done in range(0, 21):
        job.note_progress(done, 40)
    assert job.done == 20
    job.status = job.Status.QUEUED
    assert job.done == 0


def test_a_job_whose_file_is_gone_fails_clearly_and_runs_once(editor_de, network):
    job = jobs.SpreadsheetImport.objects.create(
        user=editor_de, country="DE", file="spreadsheet-imports/gone.csv", name="gone.csv", rows=40
    )
    assert jobs.run_import.call(job.pk) == "failed"
    job.refresh_from_db()
    assert job.problem == "expired" and "no longer there" in str(job.problem_text())
    assert jobs.run_import.call(job.pk) == "failed"  # not run a second time


def test_another_editor_cannot_watch_the_job(client, editor_de, django_user_model):
    job = jobs.SpreadsheetImport.objects.create(user=editor_de, country="DE", file="x", name="x.csv", rows=1)
    other = django_user_model.objects.create_user("other", password="x" * 16, is_staff=True)
    verified_login(client, other)
    assert client.get(f"{INDEX}imports/{job.pk}/").status_code in (302, 403)
