"""Matching requests and searches per ISO week: protected cell by cell, weeks still under way
left out, the share of searches with no result only where both of its counts are published;
on the page, in the admin report and in the downloads."""

import csv
import datetime
import io
import re

import pytest
from django.utils import timezone, translation

from stats import tables
from stats.charts import bar_chart
from stats.models import UsageCount
from stats.suppression import Cell, Share, share
from stats.tables import Filters

pytestmark = pytest.mark.django_db
day = datetime.date
TODAY = day(2025, 1, 22)  # a Wednesday of ISO week 2025-W04, which is not over


def count(date, measure, n, key=""):
    UsageCount.objects.create(date=date, measure=measure, key=key, count=n)


@pytest.fixture
def weeks():
    """Counters of early 2025 (ISO week 2025-W01 begins on Monday 30 December 2024)."""
    count(day(2024, 12, 29), "search", 9, "en")  # Sunday of 2024-W52: last year's table
    count(day(2024, 12, 31), "search", 7, "en")  # Tuesday of 2025-W01
    count(day(2024, 12, 31), "match", 0)  # 0 stays 0
    count(day(2025, 1, 6), "search", 3, "en")  # 2025-W02: 3 + 2 = 5, exact
    count(day(2025, 1, 12), "search", 2, "de")
    count(day(2025, 1, 8), "search_no_result", 1, "en")  # suppressed, and so is the week's share
    count(day(2025, 1, 13), "match", 4)  # 2025-W03: 4 is "fewer than 5"
    count(day(2025, 1, 14), "match_with_result", 4)
    count(day(2025, 1, 15), "search", 20, "en")
    count(day(2025, 1, 19), "search_no_result", 5, "de")  # 5 of 20: 25 %
    count(day(2025, 1, 20), "match", 50)  # 2025-W04 is under way: not published yet


def exported(table):
    return {row.code: [cell.export() for cell in [*row.cells, *row.shares]] for row in table.rows}


def test_the_share_is_published_only_from_two_published_counts():
    assert share(Cell(5), Cell(20)) == Share(25.0)
    assert share(Cell(0), Cell(7)) == Share(0.0)
    assert share(Cell(None), Cell(5)) == Share(None)  # 1 to 4 of 5: the share would give it back
    assert share(Cell(5), Cell(None)) == Share(None)
    assert share(Cell(0), Cell(None)) == Share(None)
    assert share(Cell(0), Cell(0)) == Share(None)  # no search, no share
    assert share(Cell(1), Cell(3)).export() == 33.3
    assert Share(None).export() == ""


def test_weekly_counts_are_protected_per_cell_and_only_weeks_over_are_published(weeks):
    table = tables.usage_per_week(Filters(year=2025), today=TODAY)
    #                      match, with result, searches, no result, % no result
    assert exported(table) == {
        "2025-W01": [0, 0, 7, 0, 0.0],
        "2025-W02": [0, 0, 5, "<5", ""],
        "2025-W03": ["<5", "<5", 20, 5, 25.0],
    }
    assert table.people and table.has_total
    assert table.totals == [Cell(0), Cell(0), Cell(32), Cell(5)]  # the sums of the published cells
    assert table.total_shares == [Share(None)]  # a week's no-result count is suppressed
    with translation.override("en"):
        labels = [row.label for row in table.rows]
        shown = [str(cell) for cell in [*table.rows[1].cells, *table.rows[1].shares]]
    assert labels[0] == "Week 1 (December 30 – January 5)"
    assert labels[2] == "Week 3 (January 13 – January 19)"
    assert shown == ["0", "0", "5", "fewer than 5", "–"]
    with translation.override("de"):
        assert str(table.rows[2].shares[0]) == "25,0\u00a0%"  # German number format, a space before %
    # The week under way appears once it is over.
    later = tables.usage_per_week(Filters(year=2025), today=day(2025, 1, 27))
    assert exported(later)["2025-W04"] == [50, 0, 0, 0, ""]


def test_the_weeks_of_a_past_year_and_the_total_share(weeks):
    table = tables.usage_per_week(Filters(year=2024), today=TODAY)
    assert len(table.rows) == 52 and table.rows[0].code == "2024-W01" and table.rows[-1].code == "2024-W52"
    assert exported(table)["2024-W52"] == [0, 0, 9, 0, 0.0]
    assert table.totals[2] == Cell(9)
    assert table.total_shares == [Share(0.0)]  # nothing suppressed: the share of the totals
    # The chart draws the last 12 weeks and says so; the table gives them all.
    chart = bar_chart(table)
    assert chart.partial and chart.rows_drawn == len(chart.groups) == tables.CHART_WEEKS
    assert chart.groups[-1].label == table.rows[-1].label
    assert not bar_chart(tables.usage_per_week(Filters(year=2025), today=TODAY)).partial
    # A year whose first week is not over yet has no week to show.
    assert tables.usage_per_week(Filters(year=2025), today=day(2025, 1, 3)).rows == []


def previous_weeks():
    """The Mondays of the last two weeks that are over, and their ISO year (the period to ask for)."""
    today = timezone.localdate()
    last = today - datetime.timedelta(days=today.weekday() + 7)
    before = last - datetime.timedelta(days=7)
    return last, before


def code(monday):
    year, week, _day = monday.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.fixture
def recent_usage(network):
    last, before = previous_weeks()
    count(last, "match", 6)
    count(last, "match_with_result", 3)
    count(last, "search", 8, "en")
    count(last + datetime.timedelta(days=6), "search_no_result", 2, "en")
    count(before, "search", 10, "de")
    count(before, "search_no_result", 5, "de")
    return last, before


def parse_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff"))))


def test_the_csv_parses_back_to_the_weekly_figures(client, recent_usage):
    last, before = recent_usage
    period = last.isocalendar()[0]
    rows = parse_csv(client.get("/en/statistics/usage-per-week.csv", {"period": period}))
    assert rows[0] == [
        "code", "label", "match", "match_with_result", "search", "search_no_result", "search_no_result_percent",
    ]  # fmt: skip
    by_code = {row[0]: row[2:] for row in rows[1:]}
    assert by_code[code(last)] == ["6", "<5", "8", "<5", ""]
    if before.isocalendar()[0] == period:
        assert by_code[code(before)] == ["0", "0", "10", "5", "50.0"]
        assert by_code["total"] == ["6", "0", "18", "5", ""]
    assert rows[-1][0] == "total"


def test_the_weekly_table_on_the_page_in_the_admin_report_and_the_workbook(client, recent_usage):
    from django.contrib.auth.models import User
    from openpyxl import load_workbook

    from home.testing import verified_login

    last, _before = recent_usage
    period = last.isocalendar()[0]
    html = client.get("/en/statistics/", {"period": period}).content.decode()
    section = html.split('<section class="stats__table" id="usage-per-week"', 1)[1].split("</section>", 1)[0]
    assert "Matching requests and searches per week" in section
    assert '<th scope="col" class="stats__number">Share of searches with no result</th>' in section
    week = section.split(f'<th scope="row">{tables._week_label(last)}</th>', 1)[1].split("</tr>", 1)[0]
    assert re.findall(r'<td class="stats__number">(.*?)</td>', week) == [
        "6", "fewer than 5", "8", "fewer than 5",
        '<span aria-hidden="true">–</span><span class="visually-hidden">not available</span>',
    ]  # fmt: skip
    assert '<svg class="stats-chart"' in section
    assert 'href="/en/statistics/usage-per-week.csv?period=' in section
    assert "usage-per-month" not in html  # replaced by the weeks (one breakdown only)

    verified_login(client, User.objects.create_superuser("admin", "admin@partner.example", "x"))
    report = client.get("/admin/reports/network-statistics/", {"period": period}).content.decode()
    assert 'id="usage-per-week"' in report
    assert 'class="europe-map' not in report  # the admin does not load the site's map styles
    workbook = load_workbook(io.BytesIO(client.get("/en/statistics/statistics.xlsx", {"period": period}).content))
    sheet = {row[0].value: [cell.value for cell in row[2:]] for row in workbook["usage-per-week"].iter_rows()}
    assert sheet[code(last)] == [6, "<5", 8, "<5", None]
