"""Partners' bulk work: placements from a spreadsheet (CSV or XLSX), exports in the same columns,
and the blank template. Used by ``manage.py import_opportunities`` / ``export_opportunities``
and by the admin's import view.

    columns    the column spec, derived from ``OpportunityPage`` (one column per field)
    reader     files to rows: encodings, sizes, formula neutralisation
    cells      a page as cells; rich text as plain paragraphs
    validate   each row through the page editor's form: errors by row and column
    importer   writing a plan: drafts, aliases, revisions, moderation
    translate  rows as translations of existing placements (``--language``)
    exporter   a country's placements as rows
    template   the CSV and XLSX writer (template and exports)
"""

from .reader import read_sheet
from .validate import validate_sheet


def plan_file(data, filename, section, user):
    """Read ``data`` (the file's bytes) and validate every row for ``section``: a ``Plan``."""
    central_european = {"PL", "CZ", "SK", "HU", "HR", "SI", "RO", "RS", "AL", "BA"}
    encodings = ("cp1250", "cp1252") if section.country in central_european else ("cp1252", "cp1250")
    return validate_sheet(read_sheet(data, filename, encodings), section, user)
