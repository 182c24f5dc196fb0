"""Counts of people and their actions are protected before they leave the database layer.

- 0 stays 0, 1 to 4 become "fewer than 5" (``<5`` in CSV and XLSX), 5 and more are exact;
- a total is the sum of the published cells: a suppressed cell adds nothing, so no total minus
  published cells ever gives back a suppressed one;
- each people figure is published in one breakdown only, per month or longer (see ``stats.tables``),
  so that no two margins share a suppressed cell.

Counts of placements and organisations are not about people and stay exact.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

THRESHOLD = 5
FEWER_THAN = _("fewer than 5")
CSV_FEWER_THAN = "<5"


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
