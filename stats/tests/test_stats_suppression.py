"""Counts of people: 0 stays 0, 1-4 become "fewer than 5" (<5 in files), 5 and more are exact,
and a total is the sum of the published cells."""

import pytest

from stats.suppression import CSV_FEWER_THAN, Cell, exact, protect, total


@pytest.mark.parametrize(
    ("count", "shown", "exported"),
    [(0, "0", 0), (1, "fewer than 5", "<5"), (4, "fewer than 5", "<5"), (5, "5", 5), (123, "123", 123)],
)
def test_the_rule(count, shown, exported):
    cell = protect(count)
    assert str(cell) == shown
    assert cell.export() == exported
    assert cell.suppressed is (shown == "fewer than 5")


def test_a_suppressed_cell_keeps_nothing_of_its_count():
    assert protect(3) == protect(1) == Cell(None)


def test_totals_are_sums_of_the_published_cells_so_nothing_is_recovered_by_subtraction():
    cells = [protect(7), protect(3), protect(0), protect(5)]
    assert total(cells) == Cell(12)  # not 15: the 3 cannot be found as total minus the others
    assert total([protect(2), protect(4)]).export() == 0
    assert CSV_FEWER_THAN not in str(total([protect(2)]))


def test_placements_and_organisations_are_exact():
    assert str(exact(3)) == "3"


def test_tables_where_a_placement_is_in_several_rows_have_no_total():
    from stats.export import to_csv
    from stats.tables import PLACEMENTS, Row, Table

    rows = [Row(str(level), f"EQF level {level}", [exact(1)]) for level in (2, 3, 4)]  # one placement, levels 2-4
    overlapping = Table("placements-by-eqf", "By EQF level", "EQF level", [PLACEMENTS], rows, overlapping=True)
    assert not overlapping.has_total
    assert "total" not in to_csv(overlapping).decode("utf-8-sig").lower()
    assert Table("t", "T", "H", [PLACEMENTS], rows).has_total
