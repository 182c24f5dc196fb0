"""Downloads: each table as CSV (UTF-8 with BOM, for spreadsheets), all of them as one XLSX.

Columns: ``code``, ``label``, then one per count (its code); protected cells are ``<5``; then
one per share (a percentage with one decimal, empty where the page shows "–"); the last row is
the total (code ``total``) where the page shows one. The XLSX workbook opens with a
sheet saying when the figures were computed and with which filters.
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

TOTAL_CODE = "total"
BOM = "\ufeff"


def table_rows(table):
    """The table as lists: the header, one list per row, the total row."""
    shares = [code for code, _label, _part, _whole in table.share_columns]
    yield ["code", "label", *[code for code, _label in table.columns], *shares]
    for row in table.rows:
        yield [row.code, row.label, *[cell.export() for cell in [*row.cells, *row.shares]]]
    if table.has_total:
        totals = [*table.totals, *table.total_shares]
        yield [TOTAL_CODE, _("Total"), *[cell.export() for cell in totals]]


def to_csv(table):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in table_rows(table):
        writer.writerow(row)
    return (BOM + buffer.getvalue()).encode("utf-8")


def to_xlsx(tables, filters, country_label, computed_at=None):
    from openpyxl import Workbook

    computed_at = computed_at or timezone.now()
    workbook = Workbook()
    about = workbook.active
    about.title = "about"
    about.append([_("Network statistics")])
    about.append([_("Computed at"), timezone.localtime(computed_at).replace(tzinfo=None)])
    about.append([_("Year"), filters.year])
    about.append([_("Host country"), country_label])
    about.append([_("Counts of people or their actions from 1 to 4 are shown as <5.")])
    about.append([])
    for table in tables:
        about.append([table.slug[:31], str(table.title)])
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 60
    for table in tables:
        sheet = workbook.create_sheet(table.slug[:31])
        for row in table_rows(table):
            sheet.append([None if value == "" else value for value in row])  # a share not given: an empty cell
        sheet.column_dimensions["B"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
