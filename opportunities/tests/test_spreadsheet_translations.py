"""Translations in bulk: ``import_opportunities --language xx`` (rows as translations, matched by
external ID) and wagtail-localize's per-page PO download and upload for a translator."""

import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.roles import setup_language, translators_group_name
from home.testing import verified_login
from opportunities import spreadsheet
from opportunities.models import OpportunityPage
from opportunities.spreadsheet import importer, translate

from . import spreadsheet_helpers
from .spreadsheet_helpers import csv_bytes, good_row

# The shared fixtures, by name.
editor_de = spreadsheet_helpers.editor_de
network = spreadsheet_helpers.network

pytestmark = pytest.mark.django_db


@pytest.fixture
def placement(network, editor_de):
    """A published English placement in the German section (imported), with its aliases."""
    plan = spreadsheet.plan_file(csv_bytes([good_row(1)]), "p.csv", network["DE"], editor_de)
    importer.write(plan, editor_de)
    page = OpportunityPage.objects.get(external_id="DE-001", alias_of__isnull=True)
    page.get_latest_revision().publish()
    return OpportunityPage.objects.get(pk=page.pk)


@pytest.fixture
def translator(django_user_model, network):
    def make(language_code):
        setup_language(language_code)
        user = django_user_model.objects.create_user(f"translator-{language_code}", password="x" * 16)
        user.groups.add(Group.objects.get(name=translators_group_name(language_code)))
        return user

    return make


def test_language_rows_become_the_translation(placement, translator, tmp_path, django_capture_on_commit_callbacks):
    translator("pl")
    headers = ["external_id", "title", "summary", "city", "costs_covered", "sector"]
    rows = [
        {
            "external_id": "DE-001",
            "title": "Kucharz w Monachium",
            "summary": "Gotuj w przyjaznym zespole.",
            "city": "Monachium",
            "costs_covered": "Podróż i zakwaterowanie.\n\nMiesięczne kieszonkowe.",
            "sector": "Z",  # synchronised codes are not read from a translation file
        }
    ]
    source = tmp_path / "pl.csv"
    source.write_bytes(csv_bytes(rows, headers=headers, encoding="cp1250", delimiter=";"))
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_opportunities", str(source), country="DE", user="translator-pl", language="pl", stdout=out)
    assert "1 placement created" in out.getvalue()
    polish = OpportunityPage.objects.get(translation_key=placement.translation_key, locale__language_code="pl")
    assert polish.alias_of_id is None and polish.live
    assert (polish.title, polish.city, polish.sector) == ("Kucharz w Monachium", "Monachium", "I")
    assert "Miesięczne kieszonkowe." in polish.costs_covered

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_opportunities", str(source), country="DE", user="translator-pl", language="pl", stdout=out)
    assert "1 placement unchanged" in out.getvalue()


def test_language_rows_errors_and_rights(placement, translator, editor_de):
    translator("de")
    section = placement.get_parent().specific
    bad = csv_bytes(
        [
            {"external_id": "DE-404", "title": "Koch"},
            {"external_id": "DE-001", "title": "x" * 300},
            {"external_id": "DE-001", "title": "Koch", "costs_covered": "Nur ein Absatz."},
        ],
        headers=["external_id", "title", "costs_covered"],
    )
    german_translator = get_user_model().objects.get(username="translator-de")
    plan = translate.plan_file(bad, "de.csv", section, german_translator, "de")
    errors = [(e.row, e.column, e.message) for e in plan.errors]
    assert errors[0] == (2, "external_id", "No placement in this section has this external ID.")
    assert errors[1][:2] == (3, "title") and errors[1][2].startswith("Ensure this value has at most 255 characters")
    assert errors[2] == (4, "costs_covered", "Give as many paragraphs as the English text has (2).")
    # An editor (no translation rights) is refused, row by row.
    data = csv_bytes([{"external_id": "DE-001", "title": "Koch"}], headers=["external_id", "title"])
    plan = translate.plan_file(data, "de.csv", section, editor_de, "de")
    assert plan.errors and plan.errors[0].message.startswith("You may not translate this placement into")


def test_translator_round_trips_a_po_file(client, placement, translator, django_capture_on_commit_callbacks):
    polish_translator = translator("pl")
    pl = Locale.objects.get(language_code="pl")
    source, _created = TranslationSource.get_or_create_from_instance(placement)
    translation = Translation.objects.create(source=source, target_locale=pl)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=polish_translator)

    verified_login(client, polish_translator)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    entries = {entry.msgctxt: entry for entry in po}
    entries["title"].msgstr = "Kucharz w Monachium"
    entries["summary"].msgstr = "Gotuj w przyjaznym zespole."

    upload = SimpleUploadedFile("placement-pl.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302
    stored = StringTranslation.objects.filter(locale=pl, context__path="title").get()
    assert stored.data == "Kucharz w Monachium"
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=polish_translator, publish=True)  # the translation editor's Publish
    polish = OpportunityPage.objects.get(translation_key=placement.translation_key, locale=pl)
    assert polish.title == "Kucharz w Monachium" and polish.live

    # A German translator may not download or upload the Polish file.
    verified_login(client, translator("de"))
    assert client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").status_code in (302, 403)


def test_language_needs_a_known_locale(placement, translator, tmp_path):
    translator("pl")
    source = tmp_path / "xx.csv"
    source.write_bytes(csv_bytes([{"external_id": "DE-001", "title": "X"}], headers=["external_id", "title"]))
    with pytest.raises(CommandError, match="no language"):
        call_command("import_opportunities", str(source), country="DE", user="translator-pl", language="xx")
