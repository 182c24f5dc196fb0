"""The admin's placements spreadsheets, as a German editor uses them: template, upload, preview
with every error by row and column in German, confirm; exports; another country refused."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from home.testing import verified_login
from opportunities.models import OpportunityPage

from . import spreadsheet_helpers
from .spreadsheet_helpers import csv_bytes, good_row

# The shared fixtures, by name.
editor_de = spreadsheet_helpers.editor_de
editor_es = spreadsheet_helpers.editor_es
network = spreadsheet_helpers.network

pytestmark = pytest.mark.django_db

INDEX = "/admin/placements-spreadsheets/"


@pytest.fixture
def german_editor(client, editor_de):
    profile = UserProfile.get_for_user(editor_de)
    profile.preferred_language = "de"
    profile.save()
    verified_login(client, editor_de)
    return editor_de


def upload(client, rows, all_or_nothing=True, submit=False, name="placements.csv"):
    data = {"file": SimpleUploadedFile(name, csv_bytes(rows), content_type="text/csv")}
    if all_or_nothing:
        data["all_or_nothing"] = "on"
    if submit:
        data["submit"] = "on"
    return client.post(f"{INDEX}DE/upload/", data)


def test_german_editor_previews_fixes_and_confirms(client, german_editor):
    page = client.get(INDEX)
    assert page.status_code == 200
    html = page.content.decode()
    assert f"{INDEX}template.xlsx" in html and f"{INDEX}DE/upload/" in html
    assert f"{INDEX}ES/upload/" not in html  # only the editor's own country
    assert 'lang="de"' in html

    template = client.get(f"{INDEX}template.xlsx")
    assert template.status_code == 200
    assert load_workbook(io.BytesIO(template.content)).worksheets[0].cell(row=1, column=1).value == "external_id"

    rows = [good_row(n) for n in range(1, 31)]
    rows[4] = good_row(5, sector="Z")
    rows[9] = good_row(10, contact_email="kein-email")
    preview = upload(client, rows)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Bitte eine gültige Auswahl treffen. Z ist keine gültige Auswahl." in html
    assert "Bitte gültige E-Mail-Adresse eingeben." in html
    assert "Row 6, column sector" in html or "Zeile 6, Spalte sector" in html
    assert 'name="token"' not in html  # all or nothing: no confirm button
    assert not OpportunityPage.objects.filter(external_id__startswith="DE-").exists()

    rows[4], rows[9] = good_row(5), good_row(10)
    preview = upload(client, rows, submit=True)
    html = preview.content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    assert not OpportunityPage.objects.filter(external_id__startswith="DE-").exists()  # nothing before confirm
    done = client.post(f"{INDEX}DE/confirm/", {"token": token})
    assert done.status_code == 302
    drafts = OpportunityPage.objects.filter(external_id__startswith="DE-", alias_of__isnull=True)
    assert drafts.count() == 30
    assert all(p.workflow_in_progress and not p.live for p in drafts)
    assert all(p.get_parent().specific.country == "DE" for p in drafts)

    # The token is single use: the stored file is gone.
    again = client.post(f"{INDEX}DE/confirm/", {"token": token})
    assert again.status_code == 302
    assert OpportunityPage.objects.filter(external_id__startswith="DE-", alias_of__isnull=True).count() == 30

    # The same file again: nothing to import.
    html = upload(client, rows).content.decode()
    assert 'name="token"' not in html
    assert html.count("DE-0") == 30


def test_skip_invalid_rows_when_not_all_or_nothing(client, german_editor):
    html = upload(client, [good_row(1), good_row(2, sector="Z")], all_or_nothing=False).content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    client.post(f"{INDEX}DE/confirm/", {"token": token})
    assert list(
        OpportunityPage.objects.filter(alias_of__isnull=True, external_id__startswith="DE-").values_list(
            "external_id", flat=True
        )
    ) == ["DE-001"]


def test_exports_and_other_files(client, german_editor):
    upload_html = upload(client, [good_row(1)]).content.decode()
    token = upload_html.split('name="token" value="')[1].split('"')[0]
    client.post(f"{INDEX}DE/confirm/", {"token": token})
    export = client.get(f"{INDEX}DE/export.csv")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    assert "DE-001" in export.content.decode("utf-8-sig")
    assert client.get(f"{INDEX}DE/export.xlsx").status_code == 200
    assert client.get(f"{INDEX}export.csv").status_code in (302, 403)  # the network's: administrators only
    response = client.post(
        f"{INDEX}DE/upload/", {"file": SimpleUploadedFile("placements.pdf", b"%PDF", content_type="application/pdf")}
    )
    assert response.status_code == 400


def test_editor_of_another_country_is_refused(client, editor_es, network):
    verified_login(client, editor_es)
    assert client.get(f"{INDEX}DE/export.csv").status_code in (302, 403)  # Wagtail redirects with a message
    response = client.post(
        f"{INDEX}DE/upload/", {"file": SimpleUploadedFile("p.csv", csv_bytes([good_row(1)]), content_type="text/csv")}
    )
    assert response.status_code in (302, 403)
    assert not OpportunityPage.objects.filter(external_id="DE-001").exists()


def test_a_token_of_another_user_is_refused(client, german_editor, django_user_model):
    html = upload(client, [good_row(1)]).content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x" * 16)
    verified_login(client, admin)
    assert client.post(f"{INDEX}DE/confirm/", {"token": token}).status_code in (302, 403)
    assert not OpportunityPage.objects.filter(external_id="DE-001").exists()


def test_unconfirmed_uploads_are_removed_once_expired(monkeypatch, db):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from opportunities.spreadsheet import views

    kept = default_storage.save(f"{views.UPLOAD_DIR}/old.csv", ContentFile(b"external_id\n"))
    views.remove_stale_uploads()
    assert default_storage.exists(kept)
    monkeypatch.setattr(views, "TOKEN_MAX_AGE", -60)
    views.remove_stale_uploads()
    assert not default_storage.exists(kept)
