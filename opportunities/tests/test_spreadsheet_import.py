"""Importing placements from a spreadsheet: drafts, aliases, updates, errors, encodings, rights."""

import io
import re
import tempfile

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Locale, Page

from opportunities import spreadsheet
from opportunities.models import OpportunityPage
from opportunities.spreadsheet import importer
from opportunities.spreadsheet.reader import MAX_BYTES, SpreadsheetError, read_sheet

from . import spreadsheet_helpers
from .spreadsheet_helpers import csv_bytes, good_row

# The shared fixtures, by name.
editor_de = spreadsheet_helpers.editor_de
editor_es = spreadsheet_helpers.editor_es
network = spreadsheet_helpers.network

pytestmark = pytest.mark.django_db


def write_csv(rows, **options):
    handle = tempfile.NamedTemporaryFile(suffix=".csv", delete=False)
    handle.write(csv_bytes(rows, **options))
    handle.close()
    return handle.name


def run(data, section, user, name="placements.csv", submit=False):
    plan = spreadsheet.plan_file(data, name, section, user)
    assert not plan.errors, plan.errors
    return plan, importer.write(plan, user, submit=submit)


def test_good_file_creates_drafts_in_the_section_with_aliases(network, editor_de):
    section = network["DE"]
    data = csv_bytes([good_row(1), good_row(2, title="Baker in Köln", city="Köln")])
    plan, result = run(data, section, editor_de)
    assert (len(result.created), len(result.updated), len(result.unchanged)) == (2, 0, 0)
    pages = OpportunityPage.objects.child_of(section).order_by("path")
    assert [p.title for p in pages] == ["Cook in Munich 1", "Baker in Köln"]
    first = pages[0]
    assert not first.live and first.has_unpublished_changes
    assert first.locale.language_code == settings.LANGUAGE_CODE
    assert first.external_id == "DE-001" and first.slug == "cook-in-munich-1"
    assert first.owner == editor_de
    assert [row.start_date.isoformat() for row in first.start_periods.all()] == [good_row(1)["start_periods"]]
    assert [(r.language, r.min_level) for r in first.languages.all()] == [("de", "A2"), ("en", "B1")]
    assert [r.support for r in first.supports.all()] == ["accompanying_person", "local_buddy"]
    assert (
        re.sub(r' data-block-key="\w+"', "", first.costs_covered)
        == "<p>Travel and housing.</p><p>A monthly allowance.</p>"
    )
    assert sorted(t.name for t in first.tags.all()) == ["food", "kitchen"]
    assert first.get_latest_revision().user == editor_de
    # An alias in every other language, below that language's German section.
    aliases = Page.objects.filter(alias_of=first)
    assert sorted(a.locale.language_code for a in aliases) == sorted(
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    )
    german = aliases.get(locale__language_code="de")
    assert german.get_parent().specific.country == "DE"


def test_submit_starts_the_country_moderation_workflow(network, editor_de):
    _plan, result = run(csv_bytes([good_row(1)]), network["DE"], editor_de, submit=True)
    page = OpportunityPage.objects.get(external_id="DE-001", locale__language_code="en")
    assert result.submitted == 1
    assert page.workflow_in_progress
    assert page.current_workflow_state.workflow.name == "Moderation DE"
    assert not page.live


def test_second_import_updates_by_external_id_and_identical_import_changes_nothing(network, editor_de):
    section = network["DE"]
    run(csv_bytes([good_row(1), good_row(2)]), section, editor_de)
    revisions = {p.pk: p.latest_revision_id for p in OpportunityPage.objects.filter(locale__language_code="en")}
    plan, result = run(csv_bytes([good_row(1), good_row(2)]), section, editor_de)
    assert (len(result.created), len(result.updated), len(result.unchanged)) == (0, 0, 2)
    assert {p.pk: p.latest_revision_id for p in OpportunityPage.objects.filter(locale__language_code="en")} == revisions

    plan, result = run(csv_bytes([good_row(1, places="5", supports="local_buddy"), good_row(2)]), section, editor_de)
    assert (len(result.created), len(result.updated), len(result.unchanged)) == (0, 1, 1)
    assert plan.rows[0].changed == ["places", "supports"]
    page = OpportunityPage.objects.get(external_id="DE-001", locale__language_code="en")
    assert page.places == 5 and [r.support for r in page.supports.all()] == ["local_buddy"]
    assert OpportunityPage.objects.filter(locale__language_code="en").count() == 2


def test_a_change_to_a_published_page_becomes_a_draft(network, editor_de):
    section = network["DE"]
    run(csv_bytes([good_row(1)]), section, editor_de)
    page = OpportunityPage.objects.get(external_id="DE-001", locale__language_code="en")
    page.get_latest_revision().publish()
    run(csv_bytes([good_row(1, title="Head cook in Munich")]), section, editor_de)
    page.refresh_from_db()
    assert page.live and page.title == "Cook in Munich 1"  # the live page keeps its content
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Head cook in Munich"


BAD_CELLS = [
    ({"sector": "Z"}, "sector", "Select a valid choice. Z is not one of the available choices."),
    ({"title": ""}, "title", "This field is required."),
    ({"external_id": ""}, "external_id", "This field is required."),
    ({"duration_min_weeks": "four"}, "duration_min_weeks", "Enter a whole number."),
    ({"application_deadline": "31.02.2027"}, "application_deadline", "Enter a valid date."),
    ({"contact_email": "not-an-email"}, "contact_email", "Enter a valid email address."),
    ({"start_periods": ""}, "start_periods", "This field is required."),
    ({"start_periods": "2027-13-01"}, "start_periods", "Enter a valid date."),
    ({"languages": "de"}, "languages", "Write each entry as two codes joined by"),
    ({"languages": "de:Z9"}, "languages", "Select a valid choice. Z9 is not one of the available choices."),
    ({"supports": "teleport"}, "supports", "Select a valid choice. teleport is not one of the available choices."),
    ({"host_organisation": "nobody"}, "host_organisation", "No organisation profile has the slug"),
    ({"country": "ES"}, "country", "This section takes placements in DE only."),
    ({"eqf_min": "5", "eqf_max": "3"}, "eqf_max", "The lowest EQF level cannot be higher than the highest."),
    ({"age_max": "100"}, "age_max", "Ensure this value is less than or equal to 99."),
]


def test_each_bad_cell_gives_its_error_and_nothing_is_written(network, editor_de):
    """One file, one bad cell per row (rows 3 onwards; row 2 is good): each row's error names its
    column with the page form's own message, and nothing is written."""
    rows = [good_row(1)] + [good_row(number, **cells) for number, (cells, _c, _m) in enumerate(BAD_CELLS, start=2)]
    plan = spreadsheet.plan_file(csv_bytes(rows), "placements.csv", network["DE"], editor_de)
    assert plan.rows[0].valid
    for row, (_cells, column, message) in zip(plan.rows[1:], BAD_CELLS, strict=True):
        found = [(e.column, e.message) for e in row.errors]
        assert any(col == column and text.startswith(message) for col, text in found), (column, found)
    assert len(plan.invalid_rows) == len(BAD_CELLS)
    with pytest.raises(CommandError):
        call_command("import_opportunities", write_csv(rows), country="DE", user="editor-de", stderr=io.StringIO())
    assert not OpportunityPage.objects.filter(external_id__startswith="DE-").exists()


def test_errors_are_in_the_editors_language(network, editor_de):
    data = csv_bytes([good_row(1, sector="Z", title="")])
    with translation.override("de"):
        plan = spreadsheet.plan_file(data, "placements.csv", network["DE"], editor_de)
    messages = {e.column: e.message for e in plan.errors}
    assert messages["title"] == "Dieses Feld ist zwingend erforderlich."
    assert messages["sector"].startswith("Bitte eine gültige Auswahl treffen.")


def test_duplicate_external_ids_in_one_file(network, editor_de):
    plan = spreadsheet.plan_file(csv_bytes([good_row(1), good_row(1)]), "p.csv", network["DE"], editor_de)
    assert [(e.row, e.column, e.message) for e in plan.errors] == [
        (3, "external_id", "This external ID is already on row 2.")
    ]


def test_skip_invalid_writes_the_valid_rows(network, editor_de):
    plan = spreadsheet.plan_file(csv_bytes([good_row(1), good_row(2, sector="Z")]), "p.csv", network["DE"], editor_de)
    result = importer.write(plan, editor_de)
    assert len(result.created) == 1 and len(result.skipped) == 1
    assert OpportunityPage.objects.filter(external_id="DE-001", alias_of__isnull=True).exists()


def test_windows_1250_csv_with_polish_letters(network, editor_de):
    row = good_row(1, title="Kucharz w Łodzi: żółć i gęś", city="Łódź", summary="Praca w kuchni; ąćęłńóśźż.")
    data = csv_bytes([row], encoding="cp1250", delimiter=";")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    plan, result = run(data, network["DE"], editor_de)
    page = OpportunityPage.objects.get(external_id="DE-001", alias_of__isnull=True)
    assert page.title == "Kucharz w Łodzi: żółć i gęś" and page.city == "Łódź"
    assert page.summary == "Praca w kuchni; ąćęłńóśźż."


def test_windows_1252_csv_with_german_letters(network, editor_de):
    data = csv_bytes([good_row(1, title="Bäcker in Köln", city="Köln")], encoding="cp1252", delimiter=";")
    run(data, network["DE"], editor_de)
    assert OpportunityPage.objects.get(external_id="DE-001", alias_of__isnull=True).title == "Bäcker in Köln"


def test_other_files_are_refused_clearly(network, editor_de):
    with pytest.raises(SpreadsheetError, match="Upload a CSV or XLSX file"):
        read_sheet(b"%PDF-1.4", "placements.pdf")
    with pytest.raises(SpreadsheetError, match="not an XLSX spreadsheet"):
        read_sheet(b"not a zip", "placements.xlsx")
    with pytest.raises(SpreadsheetError, match="not a CSV text file"):
        read_sheet(b"\xd0\xcf\x11\xe0\x00\x00", "placements.csv")
    with pytest.raises(SpreadsheetError, match="not an XLSX spreadsheet"):
        read_sheet(damaged_xlsx(), "placements.xlsx")
    with pytest.raises(SpreadsheetError, match="the limit is"):
        read_sheet(b"x" * (MAX_BYTES + 1), "placements.csv")
    with pytest.raises(SpreadsheetError, match="placement rows; the limit is 10000"):
        read_sheet(("external_id\n" + "x\n" * 10_001).encode(), "placements.csv")


def test_missing_and_unknown_columns(network, editor_de):
    headers = [name for name in csv_bytes([])[3:].decode().strip().split(",") if name != "city"] + ["colour"]
    plan = spreadsheet.plan_file(csv_bytes([good_row(1)], headers=headers), "p.csv", network["DE"], editor_de)
    assert [e.message for e in plan.file_errors] == ["Columns missing: city.", "Columns not in the template: colour."]
    assert not plan.rows


def test_editor_of_another_country_is_refused(network, editor_es):
    section = network["DE"]
    assert not importer.may_import(editor_es, section)
    plan = spreadsheet.plan_file(csv_bytes([good_row(1)]), "p.csv", section, editor_es)
    with pytest.raises(PermissionDenied):
        importer.write(plan, editor_es)
    assert not OpportunityPage.objects.filter(external_id="DE-001").exists()


def test_host_organisation_by_slug(network, editor_de, home_page):
    if not apps.is_installed("enterprises"):
        pytest.skip("no organisation profiles in this project")
    factories = pytest.importorskip("enterprises.factories")
    index = factories.OrganisationIndexPageFactory(parent=home_page, locale=home_page.locale)
    org_section = factories.OrganisationCountrySectionPageFactory(parent=index, country="DE")
    host = factories.EnterprisePageFactory(parent=org_section, slug="hotel-adler", country="DE")
    run(csv_bytes([good_row(1, host_organisation="hotel-adler")]), network["DE"], editor_de)
    page = OpportunityPage.objects.get(external_id="DE-001", alias_of__isnull=True)
    assert page.host_organisation_id == host.pk


def test_source_locale_is_english(network):
    assert network["DE"].locale == Locale.objects.get(language_code="en")


def test_a_page_locked_by_someone_else_is_not_updated(network, editor_de, django_user_model):
    run(csv_bytes([good_row(1)]), network["DE"], editor_de)
    page = OpportunityPage.objects.get(external_id="DE-001", alias_of__isnull=True)
    other = django_user_model.objects.create_superuser("other", "other@example.org", "x" * 16)
    page.locked, page.locked_by = True, other
    page.save()
    plan = spreadsheet.plan_file(csv_bytes([good_row(1, places="9")]), "p.csv", network["DE"], editor_de)
    assert [(e.row, e.column) for e in plan.errors] == [(2, None)]
    assert "locked" in plan.errors[0].message


def damaged_xlsx():
    """A real workbook whose first sheet's XML is cut short (openpyxl reads sheets lazily)."""
    import io
    import zipfile

    from openpyxl import Workbook

    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["external_id", "title"])
    workbook.save(buffer)
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    return damaged.getvalue()
