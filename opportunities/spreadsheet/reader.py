"""Reading a partner's file: CSV (UTF-8 with or without BOM, else Windows-1250 or -1252) or XLSX.

``read_sheet(data, filename)`` gives a ``Sheet``: the header row and every non-blank data row as
``{column: cell text}`` with its row number in the file (the header is row 1). Anything else is a
``SpreadsheetError`` with a message for the editor.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_ROWS = 10_000
MAX_BYTES = 10 * 1024 * 1024
EXTENSIONS = (".csv", ".xlsx")
FORMULA_STARTS = ("=", "+", "-", "@")

# Letters of the languages written in Windows-1250 (Polish, Czech, Slovak, Hungarian, Croatian,
# Slovenian, Romanian): their presence says a legacy file is Central European, not Western.
CENTRAL_EUROPEAN_LETTERS = set("ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰăâîșțĂÂÎȘȚşţŞŢđĐ")


class SpreadsheetError(Exception):
    """A file that cannot be read as a placements spreadsheet; the message is for the editor."""


@dataclass
class Sheet:
    headers: list
    rows: list = field(default_factory=list)  # (row number, {header: text})
    encoding: str = ""


def size_limit_text():
    return _("CSV or XLSX, at most %(size)s and %(rows)s rows.") % {
        "size": filesizeformat(MAX_BYTES),
        "rows": f"{MAX_ROWS:,}".replace(",", "\u202f"),
    }


def unneutralise(text):
    """The cell as typed: the apostrophe the exporter puts before ``=``, ``+``, ``-`` or ``@`` goes."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def neutralise(text):
    """A cell that a spreadsheet would not read as a formula: an apostrophe before ``= + - @``."""
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text


def read_sheet(data, filename, preferred_encodings=("cp1252", "cp1250")):
    """``data`` (bytes) of a file called ``filename`` as a ``Sheet``.

    ``preferred_encodings``: the legacy encodings to try, in order, when a CSV is not UTF-8
    (the more likely one first, e.g. Windows-1250 for a Polish section); the one whose text
    has more letters and fewer stray symbols wins.
    """
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(
            _("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(len(data)), "limit": filesizeformat(MAX_BYTES)}
        )
    name = (filename or "").lower()
    if name.endswith(".xlsx"):
        sheet = _read_xlsx(data)
    elif name.endswith(".csv"):
        sheet = _read_csv(data, preferred_encodings)
    else:
        raise SpreadsheetError(_("Upload a CSV or XLSX file (.csv or .xlsx)."))
    if not sheet.headers or not any(sheet.headers):
        raise SpreadsheetError(_("This file is empty: the first row must hold the column names."))
    if len(sheet.rows) > MAX_ROWS:
        raise SpreadsheetError(
            ngettext(
                "This file has %(count)s placement row; the limit is %(limit)s.",
                "This file has %(count)s placement rows; the limit is %(limit)s.",
                len(sheet.rows),
            )
            % {"count": len(sheet.rows), "limit": MAX_ROWS}
        )
    return sheet


def _rows(records, headers):
    rows = []
    for number, record in records:
        cells = [unneutralise(_text(value)) for value in record]
        if not any(cells):
            continue
        if len(rows) > MAX_ROWS:  # enough to say the file is too long
            rows.append((number, {}))
            break
        rows.append((number, {header: (cells[i] if i < len(cells) else "") for i, header in enumerate(headers)}))
    return rows


def _text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time(0) else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _headers(cells):
    return [_text(cell).strip().lower() for cell in cells]


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError(_("This file is not an XLSX spreadsheet that can be read.")) from error
    try:
        records = workbook.worksheets[0].iter_rows(values_only=True)
        header_row = next(records, None)
        headers = _headers(header_row or [])
        rows = _rows(((number, record) for number, record in enumerate(records, start=2)), headers)
    except SpreadsheetError:
        raise
    except Exception as error:  # the sheets are read lazily: a damaged sheet fails here, not on opening
        raise SpreadsheetError(_("This file is not an XLSX spreadsheet that can be read.")) from error
    finally:
        workbook.close()
    return Sheet(headers=headers, rows=rows, encoding="xlsx")


def _decode(data, preferred_encodings):
    if b"\x00" in data:
        raise SpreadsheetError(_("This file is not a CSV text file (save it as CSV or XLSX)."))
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for position, encoding in enumerate(preferred_encodings):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text, encoding), -position, text, encoding))
    if not candidates:
        raise SpreadsheetError(_("The file's text encoding is not known: save it as CSV UTF-8 or as XLSX."))
    _score, _position, text, encoding = max(candidates)
    return text, encoding


def _plausibility(text, encoding):
    """Letters count for an encoding, symbols and control characters against it."""
    score = 0
    for char in text:
        if ord(char) < 128:
            continue
        if char.isalpha():
            score += 1
            if encoding == "cp1250" and char in CENTRAL_EUROPEAN_LETTERS:
                score += 1
        else:
            score -= 3
    return score


def _read_csv(data, preferred_encodings):
    text, encoding = _decode(data, preferred_encodings)
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise SpreadsheetError(_("This CSV file cannot be read: %(error)s") % {"error": error}) from error
    if not records:
        return Sheet(headers=[], encoding=encoding)
    headers = _headers(records[0])
    # Row numbers as a spreadsheet shows them: a quoted cell may span lines, so count records.
    rows = _rows(((number, record) for number, record in enumerate(records[1:], start=2)), headers)
    return Sheet(headers=headers, rows=rows, encoding=encoding)
