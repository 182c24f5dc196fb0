"""Geometry of the server-rendered SVG bar charts (``stats/includes/chart.html`` draws them).

Horizontal bars, one group per table row: the row's label above its bars, each bar's value
written after it, and up to four series told apart by lightness (and a legend), so that the
chart reads in greyscale and without colour vision. A suppressed cell draws no bar, only
"fewer than 5". No inline style: every colour is a class of ``stats/statistics.css``.
A table with ``chart_rows`` (the weeks of a year) is drawn for its last rows only; shares
(percentages) are in the table, not on the chart.
"""

from dataclasses import dataclass

WIDTH = 640
BAR_AREA = 520  # the rest is left for the value after the longest bar
LABEL_HEIGHT = 18
BAR_HEIGHT = 14
BAR_GAP = 3
GROUP_GAP = 10
LEGEND_HEIGHT = 20


@dataclass
class Bar:
    series: int
    y: int
    width: float
    text_x: float
    text: str


@dataclass
class Group:
    label: str
    label_y: int
    bars: list


@dataclass
class LegendItem:
    series: int
    y: int
    label: str


@dataclass
class Chart:
    height: int
    groups: list
    legend: list
    rows_drawn: int = 0
    partial: bool = False  # fewer rows than the table's: the chart's title and caption say so


def bar_chart(table):
    """The chart of ``table`` (a ``stats.tables.Table``)."""
    series = len(table.columns)
    peak = max((cell.published for row in table.rows for cell in row.cells), default=0) or 1
    legend = []
    y = 0
    if series > 1:  # one line per series: a swatch and its name
        legend = [
            LegendItem(index + 1, index * LEGEND_HEIGHT, str(label))
            for index, (_code, label) in enumerate(table.columns)
        ]
        y = series * LEGEND_HEIGHT + GROUP_GAP
    rows = table.rows[-table.chart_rows :] if table.chart_rows else table.rows
    groups = []
    for row in rows:
        label_y = y + LABEL_HEIGHT - 4
        y += LABEL_HEIGHT
        bars = []
        for index, cell in enumerate(row.cells):
            width = round(BAR_AREA * cell.published / peak, 1)
            bars.append(Bar(index + 1, y, width, width + 4, str(cell)))
            y += BAR_HEIGHT + BAR_GAP
        groups.append(Group(row.label, label_y, bars))
        y += GROUP_GAP
    return Chart(
        height=max(y, LABEL_HEIGHT),
        groups=groups,
        legend=legend,
        rows_drawn=len(rows),
        partial=len(rows) < len(table.rows),
    )
