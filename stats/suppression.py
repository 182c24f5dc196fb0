"""Counts of people and their actions are protected before they leave the database layer.

- 0 stays 0, 1 to 4 become "fewer than 5" (``<5`` in CSV and XLSX), 5 and more are exact;
- a total is the sum of the published cells: a suppressed cell adds nothing, so no total minus
  published cells ever gives back a suppressed one;
- each people figure is published in one breakdown only, per week or longer (see ``stats.tables``),
  so that no two margins share a suppressed cell;
- a share of two counts (``share``) is published only when both counts are published exactly:
  a share next to one suppressed count would give it back (share x the other count).

Counts of placements and organisations are not about people and stay exact.
"""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

THRESHOLD = 5
FEWER_THAN = _("fewer than 5")
CSV_FEWER_THAN = "<5"
NOT_AVAILABLE = "–"  # a share that is not published; the templates add "not available" for screen readers


@dataclass(frozen=True)
class Cell:
    """A published figure: ``value`` is the number, or None when it is suppressed."""

    value: int | None

    @property
    def suppressed(self):
        return self.value is None

    @property
    def published(self):
        """What the cell adds to a total."""
        return self.value or 0

    def __str__(self):
        return str(FEWER_THAN) if self.suppressed else str(self.value)

    def export(self):
        """The cell in CSV and XLSX: the number, or ``"<5"``."""
        return CSV_FEWER_THAN if self.suppressed else self.value


def exact(count):
    return Cell(int(count or 0))


def protect(count):
    """A count of people or their actions, as it may be published."""
    count = int(count or 0)
    return Cell(None) if 0 < count < THRESHOLD else Cell(count)


def total(cells):
    """The sum of the published cells (never suppressed: it is a sum of public figures)."""
    return Cell(sum(cell.published for cell in cells))


@dataclass(frozen=True)
class Share:
    """A percentage of two published counts: ``value`` (0 to 100), or None when it is not published."""

    value: float | None

    @property
    def available(self):
        return self.value is not None

    def __str__(self):
        if self.value is None:
            return NOT_AVAILABLE
        return gettext("%(share)s%%") % {"share": formats.number_format(round(self.value, 1), 1)}

    def export(self):
        """The share in CSV and XLSX: the percentage with one decimal, or an empty cell."""
        return "" if self.value is None else round(self.value, 1)


def share(part, whole):
    """``part`` as a percentage of ``whole`` (two cells). Not published (None) when either cell is
    suppressed, since the share and the other count would give the suppressed one back, nor when
    ``whole`` is 0 (no share of nothing)."""
    if part.suppressed or whole.suppressed or not whole.value:
        return Share(None)
    return Share(100 * part.value / whole.value)
