"""What an import says, in the active language: each error by row and column, and the counts."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def error_line(error):
    if error.row is None:
        return _("File: %(message)s") % {"message": error.message}
    if error.column is None:
        return _("Row %(row)s: %(message)s") % {"row": error.row, "message": error.message}
    return _("Row %(row)s, column %(column)s: %(message)s") % {
        "row": error.row,
        "column": error.column,
        "message": error.message,
    }


def counts_line(created, updated, unchanged, skipped=0):
    parts = [
        ngettext("%(count)s placement created", "%(count)s placements created", created) % {"count": created},
        ngettext("%(count)s placement updated", "%(count)s placements updated", updated) % {"count": updated},
        ngettext("%(count)s placement unchanged", "%(count)s placements unchanged", unchanged) % {"count": unchanged},
    ]
    if skipped:
        parts.append(
            ngettext("%(count)s invalid row left out", "%(count)s invalid rows left out", skipped) % {"count": skipped}
        )
    return "; ".join(parts) + "."


def change_line(row):
    return _("Row %(row)s (%(external_id)s): changes %(columns)s") % {
        "row": row.number,
        "external_id": row.external_id,
        "columns": ", ".join(row.changed),
    }
