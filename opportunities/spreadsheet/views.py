"""Admin views: template, export, upload -> preview -> confirm, for a country's editors and
moderators (and administrators).

Imports of more than ``jobs.BACKGROUND_ROWS`` rows to write run in the background, and the
editor is sent to the job's page, which shows the progress.

The uploaded file is kept between preview and confirm in the default file storage (shared by
every app server), under a random name that only a signed token carries; the token names the
user and the section, and expires after an hour. The file holds placements, never trainee data,
and is deleted once imported.
"""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from home.roles import user_countries

from . import importer, jobs, plan_file, report
from .exporter import export
from .reader import EXTENSIONS, MAX_BYTES, SpreadsheetError, size_limit_text
from .template import file_format, write_file

TOKEN_SALT = "opportunities.spreadsheet.upload"
TOKEN_MAX_AGE = 3600
UPLOAD_DIR = "spreadsheet-imports"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    all_or_nothing = forms.BooleanField(
        label=gettext_lazy("Import nothing if any row has an error"), required=False, initial=True
    )
    submit = forms.BooleanField(label=gettext_lazy("Submit the placements for moderation"), required=False)

    def __init__(self, *args, country, **kwargs):
        super().__init__(*args, auto_id=f"id_{country}_%s", **kwargs)
        self.country = country
        self.fields["file"].help_text = size_limit_text()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("This file is %(size)s; the limit is %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_BYTES)}
            )
        if file_format(upload.name) is None:
            raise forms.ValidationError(_("Upload a CSV or XLSX file (.csv or .xlsx)."))
        return upload


def _sections(user):
    """The source-language sections ``user`` may import into, by country."""
    from opportunities.models import CountrySectionPage

    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    sections = CountrySectionPage.objects.filter(locale=locale).order_by("country")
    if not user.is_superuser:
        sections = sections.filter(country__in=user_countries(user))
    return [section for section in sections if importer.may_import(user, section)]


def _section(request, country):
    section = importer.source_section(country)
    if section is None or not importer.may_import(request.user, section):
        raise PermissionDenied
    return section


def may_use(user):
    return bool(getattr(user, "is_superuser", False) or user_countries(user))


def _download(data, fmt, name):
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response


def _index(request, bound=None, status=200):
    """The page: per section the template, export and upload form (``bound``: a form with errors)."""
    sections = _sections(request.user)
    for section in sections:
        section.upload_form = (
            bound if bound is not None and bound.country == section.country else UploadForm(country=section.country)
        )
    return TemplateResponse(
        request,
        "opportunities/admin/spreadsheet_index.html",
        {"sections": sections, "network_export": request.user.is_superuser, "size_limit": size_limit_text()},
        status=status,
    )


def index(request):
    if not may_use(request.user):
        raise PermissionDenied
    return _index(request)


def template(request, fmt):
    if not may_use(request.user) or fmt not in CONTENT_TYPES:
        raise PermissionDenied
    return _download(write_file(fmt), fmt, "placements-template")


def export_view(request, fmt, country=None):
    if fmt not in CONTENT_TYPES:
        raise PermissionDenied
    if country is None:
        if not request.user.is_superuser:
            raise PermissionDenied
        return _download(export(fmt), fmt, "placements")
    section = _section(request, country)
    return _download(export(fmt, [section.country]), fmt, f"placements-{section.country.lower()}")


def upload(request, country):
    section = _section(request, country)
    if request.method != "POST":
        return redirect("opportunities_spreadsheet:index")
    form = UploadForm(request.POST, request.FILES, country=section.country)
    if not form.is_valid():
        return _index(request, bound=form, status=400)
    upload_file = form.cleaned_data["file"]
    data = upload_file.read()
    try:
        plan = plan_file(data, upload_file.name, section, request.user)
    except SpreadsheetError as error:
        messages.error(request, str(error))
        return redirect("opportunities_spreadsheet:index")
    fmt = file_format(upload_file.name)
    remove_stale_uploads()
    stored = default_storage.save(f"{UPLOAD_DIR}/{uuid.uuid4().hex}.{fmt}", ContentFile(data))
    token = signing.dumps(
        {
            "file": stored,
            "name": upload_file.name,
            "user": request.user.pk,
            "country": section.country,
            "all_or_nothing": form.cleaned_data["all_or_nothing"],
            "submit": form.cleaned_data["submit"],
        },
        salt=TOKEN_SALT,
    )
    return _preview(request, section, plan, token, form.cleaned_data["all_or_nothing"], form.cleaned_data["submit"])


def remove_stale_uploads():
    """Delete the kept files whose preview has expired (never confirmed)."""
    cutoff = timezone.now() - datetime.timedelta(seconds=TOKEN_MAX_AGE)
    try:
        _dirs, names = default_storage.listdir(UPLOAD_DIR)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in names:
        path = f"{UPLOAD_DIR}/{name}"
        try:
            if default_storage.get_modified_time(path) < cutoff:
                default_storage.delete(path)
        except (FileNotFoundError, NotImplementedError):
            continue


def _preview(request, section, plan, token, all_or_nothing, submit):
    writable = [row for row in plan.valid_rows if row.action in ("create", "update")]
    blocked = bool(plan.file_errors) or (all_or_nothing and bool(plan.errors))
    return TemplateResponse(
        request,
        "opportunities/admin/spreadsheet_preview.html",
        {
            "section": section,
            "plan": plan,
            "rows": [{"row": row, "errors": [report.error_line(error) for error in row.errors]} for row in plan.rows],
            "file_errors": [report.error_line(error) for error in plan.file_errors],
            "counts": report.counts_line(plan.count("create"), plan.count("update"), plan.count("unchanged")),
            "error_count": len(plan.errors),
            "token": token,
            "blocked": blocked,
            "writable": len(writable),
            "all_or_nothing": all_or_nothing,
            "submit": submit,
        },
    )


def confirm(request, country):
    section = _section(request, country)
    if request.method != "POST":
        return redirect("opportunities_spreadsheet:index")
    try:
        payload = signing.loads(request.POST.get("token", ""), salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, _("This preview has expired: upload the file again."))
        return redirect("opportunities_spreadsheet:index")
    if payload["user"] != request.user.pk or payload["country"] != section.country:
        raise PermissionDenied
    stored = payload["file"]
    queued = jobs.SpreadsheetImport.objects.filter(file=stored, user=request.user).first()
    if queued is not None:  # confirmed twice: the first confirmation's import, not a second one
        return redirect("opportunities_spreadsheet:job", queued.pk)
    if not stored.startswith(UPLOAD_DIR + "/") or not default_storage.exists(stored):
        messages.error(request, _("This preview has expired: upload the file again."))
        return redirect("opportunities_spreadsheet:index")
    with default_storage.open(stored, "rb") as handle:
        data = handle.read()
    # The pages may have changed since the preview: check every row again before writing.
    plan = plan_file(data, payload["name"], section, request.user)
    if plan.file_errors or (payload["all_or_nothing"] and plan.errors):
        messages.error(request, _("Nothing was imported: some rows have errors."))
        return _preview(request, section, plan, request.POST["token"], payload["all_or_nothing"], payload["submit"])
    writable = sum(1 for row in plan.valid_rows if row.action in ("create", "update"))
    if writable > jobs.BACKGROUND_ROWS:
        job = jobs.queue(payload, request.user, rows=len(plan.valid_rows))
        return redirect("opportunities_spreadsheet:job", job.pk)
    result = importer.write(plan, request.user, submit=payload["submit"])
    default_storage.delete(stored)
    messages.success(
        request,
        report.counts_line(len(result.created), len(result.updated), len(result.unchanged), len(result.skipped)),
    )
    return redirect(reverse("wagtailadmin_explore", args=[section.pk]))


def job_view(request, pk):
    """A background import's progress (the page reloads itself until it ends), then its result."""
    job = get_object_or_404(jobs.SpreadsheetImport, pk=pk)
    if job.user_id != request.user.pk and not request.user.is_superuser:
        raise PermissionDenied
    section = importer.source_section(job.country)
    return TemplateResponse(
        request,
        "opportunities/admin/spreadsheet_job.html",
        {
            "job": job,
            "section": section,
            "done": job.done,
            "counts": report.counts_line(job.created, job.updated, job.unchanged, job.skipped)
            if job.status == job.Status.DONE
            else "",
            "refresh_seconds": 3,
        },
    )
