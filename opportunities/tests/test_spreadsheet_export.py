"""Template and exports: columns, drop-downs, formula neutralisation, export -> import round trip."""

import io
import tempfile

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from opportunities import spreadsheet
from opportunities.models import OpportunityPage
from opportunities.spreadsheet import exporter, importer
from opportunities.spreadsheet.columns import SPEC
from opportunities.spreadsheet.reader import neutralise, read_sheet, unneutralise
from opportunities.spreadsheet.template import write_file

from . import spreadsheet_helpers
from .spreadsheet_helpers import csv_bytes, good_row

# The shared fixtures, by name.
editor_de = spreadsheet_helpers.editor_de
network = spreadsheet_helpers.network

pytestmark = pytest.mark.django_db


def test_columns_follow_the_model():
    assert SPEC.names[0] == "external_id"
    sector = SPEC.by_name["sector"]
    assert sector.kind == "choice" and ("I", sector.vocabulary[8][1]) == sector.vocabulary[8]
    assert SPEC.by_name["start_periods"].kind == "rows" and SPEC.by_name["start_periods"].required
    assert SPEC.by_name["languages"].row_fields == ("language", "min_level")
    assert SPEC.by_name["costs_covered"].kind == "richtext"
    assert SPEC.by_name["host_organisation"].kind == "host"
    assert {c.name for c in SPEC.translatable} >= {"title", "summary", "city", "how_to_apply"}
    assert "sector" not in {c.name for c in SPEC.translatable}


def test_xlsx_template_has_vocabulary_sheet_and_drop_downs(db):
    workbook = load_workbook(io.BytesIO(write_file("xlsx")))
    placements, vocabularies, help_sheet = workbook.worksheets
    assert [cell.value for cell in placements[1]] == SPEC.names
    validations = placements.data_validations.dataValidation
    by_column = {str(v.sqref).split(":")[0].rstrip("0123456789"): v for v in validations}
    sector_letter = placements.cell(row=1, column=SPEC.names.index("sector") + 1).column_letter
    formula = by_column[sector_letter].formula1
    assert formula.startswith("'Vocabularies'!$") and len(formula) < 255
    codes = {cell.value for row in vocabularies.iter_rows(min_row=2) for cell in row if cell.value}
    assert "I" in codes and "accompanying_person" in codes and "B1" in codes
    assert help_sheet.cell(row=2, column=1).value == "external_id"


def test_csv_template_is_the_header_row(db):
    data = write_file("csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").strip().split(",") == SPEC.names


def test_formula_neutralisation_both_ways():
    for text in ('=HYPERLINK("http://evil")', "+1", "-2", "@SUM(A1)"):
        assert neutralise(text) == "'" + text
        assert unneutralise(neutralise(text)) == text
    assert neutralise("Cook") == "Cook" and unneutralise("'quoted'") == "'quoted'"


def test_exports_neutralise_formulas_and_type_xlsx_cells_as_text(network, editor_de):
    evil = '=HYPERLINK("http://evil.example","click")'
    plan = spreadsheet.plan_file(
        csv_bytes([good_row(1, title=evil, search_keywords="-cheap, +fast, @home")]), "p.csv", network["DE"], editor_de
    )
    importer.write(plan, editor_de)
    page = OpportunityPage.objects.get(external_id="DE-001", alias_of__isnull=True)
    assert page.title == evil  # stored as typed

    csv_text = exporter.export("csv", ["DE"]).decode("utf-8-sig")
    assert "\"'=HYPERLINK(" in csv_text and "'-cheap, +fast, @home" in csv_text

    workbook = load_workbook(io.BytesIO(exporter.export("xlsx", ["DE"])))
    sheet = workbook.worksheets[0]
    title = sheet.cell(row=2, column=SPEC.names.index("title") + 1)
    assert title.data_type == "s" and title.value == "'" + evil
    assert all(cell.data_type == "s" for cell in sheet[2] if cell.value)

    # The importer strips the apostrophe again: re-importing changes nothing.
    for fmt in ("csv", "xlsx"):
        sheet_rows = read_sheet(exporter.export(fmt, ["DE"]), f"export.{fmt}").rows
        assert sheet_rows[0][1]["title"] == evil


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_import_round_trip(network, editor_de, fmt):
    rows = [good_row(1), good_row(2, languages="", supports="", tags="", costs_covered="")]
    importer.write(spreadsheet.plan_file(csv_bytes(rows), "p.csv", network["DE"], editor_de), editor_de)
    data = exporter.export(fmt, ["DE"])
    plan = spreadsheet.plan_file(data, f"export.{fmt}", network["DE"], editor_de)
    assert not plan.errors
    assert [row.action for row in plan.rows] == ["unchanged", "unchanged"]

    # Edit the export: change a city, add a row with a new external ID.
    sheet = read_sheet(data, f"export.{fmt}")
    edited = [cells for _number, cells in sheet.rows]
    edited[0]["city"] = "Augsburg"
    edited.append({**edited[1], "external_id": "DE-NEW", "slug": "", "title": "Cook in Passau"})
    plan = spreadsheet.plan_file(csv_bytes(edited), "edited.csv", network["DE"], editor_de)
    assert [row.action for row in plan.rows] == ["update", "unchanged", "create"]
    assert plan.rows[0].changed == ["city"]
    importer.write(plan, editor_de)
    assert OpportunityPage.objects.filter(alias_of__isnull=True, locale__language_code="en").count() == 3


def test_page_without_external_id_round_trips_by_its_id(network, editor_de):
    from opportunities.factories import OpportunityPageFactory

    page = OpportunityPageFactory(parent=network["DE"], title="Made in the admin")
    sheet = read_sheet(exporter.export("csv", ["DE"]), "export.csv")
    cells = sheet.rows[0][1]
    assert cells["external_id"] == f"wagtail-{page.pk}"
    cells["places"] = "7"
    plan = spreadsheet.plan_file(csv_bytes([cells]), "edited.csv", network["DE"], editor_de)
    assert [row.action for row in plan.rows] == ["update"]
    importer.write(plan, editor_de)
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().places == 7
    assert OpportunityPage.objects.filter(alias_of__isnull=True, locale__language_code="en").count() == 1


def test_commands_write_template_export_and_import(network, editor_de, tmp_path):
    template = tmp_path / "template.xlsx"
    call_command("import_opportunities", write_template=str(template), stdout=io.StringIO())
    assert load_workbook(template).worksheets[0].cell(row=1, column=1).value == "external_id"

    source = tmp_path / "placements.csv"
    source.write_bytes(csv_bytes([good_row(1), good_row(2)]))
    out = io.StringIO()
    call_command("import_opportunities", str(source), country="DE", user="editor-de", dry_run=True, stdout=out)
    assert "2 placements created" in out.getvalue()
    assert not OpportunityPage.objects.filter(external_id="DE-001").exists()
    call_command("import_opportunities", str(source), country="DE", user="editor-de", submit=True, stdout=out)
    assert OpportunityPage.objects.filter(external_id="DE-001", alias_of__isnull=True).get().workflow_in_progress
    out = io.StringIO()
    call_command("import_opportunities", str(source), country="DE", user="editor-de", stdout=out)
    assert "0 placements created; 0 placements updated; 2 placements unchanged." in out.getvalue()

    export = tmp_path / "export.csv"
    call_command("export_opportunities", str(export), country=["DE"], stdout=io.StringIO())
    assert "DE-002" in export.read_text(encoding="utf-8-sig")


def test_command_refuses_an_editor_of_another_country(network, editor_de, tmp_path):
    source = tmp_path / "placements.csv"
    source.write_bytes(csv_bytes([good_row(1, country="ES")]))
    with pytest.raises(CommandError, match="may not import placements into ES"):
        call_command("import_opportunities", str(source), country="ES", user="editor-de", stdout=io.StringIO())


def test_command_exit_status_and_errors_by_row_and_column(network, editor_de):
    handle = tempfile.NamedTemporaryFile(suffix=".csv", delete=False)
    handle.write(csv_bytes([good_row(1), good_row(2, sector="Z")]))
    handle.close()
    err = io.StringIO()
    # CommandError: manage.py prints it and exits with status 1.
    with pytest.raises(CommandError) as raised:
        call_command("import_opportunities", handle.name, country="DE", user="editor-de", stderr=err)
    assert "Nothing was imported." in str(raised.value)
    assert "Row 3, column sector: Select a valid choice. Z is not one of the available choices." in err.getvalue()
    call_command(
        "import_opportunities",
        handle.name,
        country="DE",
        user="editor-de",
        skip_invalid=True,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert OpportunityPage.objects.filter(external_id="DE-001", alias_of__isnull=True).exists()
