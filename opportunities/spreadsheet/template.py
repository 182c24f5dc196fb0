"""The spreadsheet files: the blank template and the exports share one writer.

CSV: UTF-8 with a byte-order mark (Excel then reads the accents), the template's columns.
XLSX: the placements sheet (every cell typed as text), a vocabulary sheet with the codes and
their labels in the editor's language, drop-down lists on the single-code columns that point at
ranges of that sheet (Excel's inline lists stop at 255 characters), and a help sheet.
Cells that a spreadsheet would run as a formula (``= + - @``) get a leading apostrophe, which
the importer strips.
"""

import csv
import io

from django.utils.translation import gettext as _

from .columns import SPEC
from .reader import MAX_ROWS, neutralise


def file_format(name):
    """``"csv"`` or ``"xlsx"`` from a file name, else None."""
    lowered = (name or "").lower()
    for extension in ("csv", "xlsx"):
        if lowered.endswith("." + extension):
            return extension
    return None


def write_file(fmt, rows=()):
    """The bytes of a template (``rows`` empty) or an export (``rows``: ``{column: text}`` dicts)."""
    if fmt == "csv":
        return _csv(rows)
    if fmt == "xlsx":
        return _xlsx(rows)
    raise ValueError(fmt)


def _csv(rows):
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SPEC.names)
    for row in rows:
        writer.writerow([neutralise(row.get(name, "")) for name in SPEC.names])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _sheet_ref(title, column_letter, first, last):
    quoted = title.replace("'", "''")
    return f"'{quoted}'!${column_letter}${first}:${column_letter}${last}"


def _text_cell(sheet, row, column, value):
    cell = sheet.cell(row=row, column=column)
    cell.value = neutralise(value or "")
    cell.data_type = "s"  # never a formula, whatever the text
    cell.number_format = "@"
    return cell


def _xlsx(rows):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    placements = workbook.active
    placements.title = _("Placements")[:31]
    vocabulary_sheet = workbook.create_sheet(_("Vocabularies")[:31])
    help_sheet = workbook.create_sheet(_("Help")[:31])
    bold = Font(bold=True)

    for index, column in enumerate(SPEC.columns, start=1):
        _text_cell(placements, 1, index, column.name).font = bold
        placements.column_dimensions[get_column_letter(index)].width = max(12, len(column.name) + 2)
    for number, row in enumerate(rows, start=2):
        for index, name in enumerate(SPEC.names, start=1):
            _text_cell(placements, number, index, row.get(name, ""))
    placements.freeze_panes = "B2"

    # One pair of columns (code, label) per vocabulary; single-code columns get a drop-down.
    position = 1
    last_row = MAX_ROWS + 1
    for index, column in enumerate(SPEC.columns, start=1):
        vocabularies = [column.vocabulary] if column.kind == "choice" else []
        if column.kind == "rows":
            vocabularies = [v for v in column.row_vocabularies if v]
        for vocabulary in vocabularies:
            code_letter, label_letter = get_column_letter(position), get_column_letter(position + 1)
            _text_cell(vocabulary_sheet, 1, position, column.name).font = bold
            _text_cell(vocabulary_sheet, 1, position + 1, str(column.label)).font = bold
            for number, (code, label) in enumerate(vocabulary, start=2):
                _text_cell(vocabulary_sheet, number, position, str(code))
                _text_cell(vocabulary_sheet, number, position + 1, str(label))
            vocabulary_sheet.column_dimensions[label_letter].width = 40
            if column.kind == "choice":
                validation = DataValidation(
                    type="list",
                    formula1=_sheet_ref(vocabulary_sheet.title, code_letter, 2, len(vocabulary) + 1),
                    allow_blank=not column.required or column.name == "country",
                    showErrorMessage=True,
                    errorTitle=str(column.label)[:32],
                    error=_("Choose a code from the list.")[:255],
                )
                letter = get_column_letter(index)
                validation.add(f"{letter}2:{letter}{last_row}")
                placements.add_data_validation(validation)
            position += 3

    headings = [_("Column"), _("Meaning"), _("Required"), _("How to write it"), _("Notes")]
    for index, heading in enumerate(headings, start=1):
        _text_cell(help_sheet, 1, index, heading).font = bold
    from opportunities.models import OpportunityPage

    for number, column in enumerate(SPEC.columns, start=2):
        try:
            help_text = str(OpportunityPage._meta.get_field(column.name).help_text or "")
        except Exception:  # noqa: BLE001 - a child relation has no help text
            help_text = ""
        values = [
            column.name,
            str(column.label),
            _("yes") if column.required else _("no"),
            str(column.format_hint()),
            help_text,
        ]
        for index, value in enumerate(values, start=1):
            _text_cell(help_sheet, number, index, value)
    for letter, width in zip("ABCDE", (22, 34, 10, 44, 60), strict=True):
        help_sheet.column_dimensions[letter].width = width

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
