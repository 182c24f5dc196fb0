"""Imports of many rows run in the background: the confirm view stores a job and queues it, the
worker writes the rows, and the editor watches its progress on the job's page.

The rows are written in one transaction (all valid rows or none), so progress is kept outside it,
in the cache, as ``done`` rows; the job's row in the database says queued, running, done or failed
and, once done, the counts. A job holds what the confirm form held (who, which section, the kept
file, the options), never trainee data; its kept file is deleted when it ends.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from home.tasks import backend_alias

logger = logging.getLogger(__name__)

# Imports of more writable rows than this run in the background (a row costs about 0.1-0.2 s).
BACKGROUND_ROWS = 25
PROGRESS_TIMEOUT = 24 * 3600


class SpreadsheetImport(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Not imported")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    country = models.CharField(max_length=2)
    file = models.CharField(max_length=255, help_text="The kept upload, in the default storage.")
    name = models.CharField(max_length=255, help_text="The uploaded file's name.")
    all_or_nothing = models.BooleanField(default=True)
    submit = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    rows = models.PositiveIntegerField(default=0, help_text="Valid rows, as the confirmed preview counted them.")
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    problem = models.CharField(max_length=20, blank=True)  # why it failed: a key of PROBLEMS
    queued_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "opportunities"
        verbose_name = _("spreadsheet import")

    PROBLEMS = {
        "errors": _("Nothing was imported: some rows have errors."),
        "rights": _("Nothing was imported: you may no longer import into this country."),
        "expired": _("Nothing was imported: the uploaded file is no longer there."),
        "crashed": _("Nothing was imported: the import stopped on an unexpected error."),
    }

    def __str__(self):
        return f"{self.name} → {self.country} ({self.status})"

    @property
    def progress_key(self):
        return f"spreadsheet-import-progress:{self.pk}"

    @property
    def done(self):
        """Rows written so far (a running job's figure comes from the cache, when it answers)."""
        if self.status == self.Status.DONE:
            return self.rows
        if self.status != self.Status.RUNNING:
            return 0
        try:
            return min(int(cache.get(self.progress_key) or 0), self.rows)
        except Exception:  # a failing cache hides the figure, never the page
            return 0

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    def problem_text(self):
        return self.PROBLEMS.get(self.problem, "")

    def note_progress(self, done, total):
        if done % 10 and done != total:
            return
        try:
            cache.set(self.progress_key, done, PROGRESS_TIMEOUT)
        except Exception:  # a failing cache hides the figure, never stops the import
            logger.warning("The progress of spreadsheet import %s could not be noted.", self.pk)


def queue(payload, user, rows):
    """Store a job for the confirmed ``payload`` (the preview's signed token) and queue it."""
    job = SpreadsheetImport.objects.create(
        user=user,
        country=payload["country"],
        file=payload["file"],
        name=payload["name"][:255],
        all_or_nothing=payload["all_or_nothing"],
        submit=payload["submit"],
        rows=rows,
    )
    run_import.using(backend=backend_alias()).enqueue(job.pk)
    job.refresh_from_db()  # a backend that runs tasks at once has finished it already
    return job


@task()
def run_import(job_id):
    """Write the rows of job ``job_id``: check every row again (the pages may have changed since
    the preview), then write them as the confirm view does for a few rows."""
    from . import importer, plan_file

    job = SpreadsheetImport.objects.select_related("user").get(pk=job_id)
    if job.status != SpreadsheetImport.Status.QUEUED:
        return job.status  # the worker ran it already: never twice
    job.status = SpreadsheetImport.Status.RUNNING
    job.save(update_fields=["status"])
    try:
        job.problem = _write(job, importer, plan_file)
    except Exception:
        logger.exception("Spreadsheet import %s stopped.", job.pk)
        job.problem = "crashed"
    job.status = SpreadsheetImport.Status.FAILED if job.problem else SpreadsheetImport.Status.DONE
    job.finished_at = timezone.now()
    job.save()
    try:
        default_storage.delete(job.file)
    except Exception:
        logger.warning("The kept file of spreadsheet import %s could not be deleted.", job.pk)
    return job.status


def _write(job, importer, plan_file):
    """Write the job's rows; the key of the problem that stopped it, or ""."""
    section = importer.source_section(job.country)
    if job.user is None or section is None or not importer.may_import(job.user, section):
        return "rights"
    if not default_storage.exists(job.file):
        return "expired"
    with default_storage.open(job.file, "rb") as handle:
        data = handle.read()
    plan = plan_file(data, job.name, section, job.user)
    if plan.file_errors or (job.all_or_nothing and plan.errors):
        return "errors"
    try:
        result = importer.write(plan, job.user, submit=job.submit, progress=job.note_progress)
    except PermissionDenied:
        return "rights"
    job.created, job.updated = len(result.created), len(result.updated)
    job.unchanged, job.skipped = len(result.unchanged), len(result.skipped)
    return ""
