"""The figures against a known network: each placement once across its languages, open and
closed, breakdowns by vocabulary, organisations by kind, and the protected usage counts (the
weekly ones in ``test_stats_weekly``)."""

import pytest
from django.utils import timezone

from stats import tables
from stats.suppression import Cell
from stats.tables import Filters

pytestmark = pytest.mark.django_db


def figures(table):
    """{row code: [exported cells]}: what the CSV holds."""
    return {row.code: [cell.export() for cell in row.cells] for row in table.rows}


def this_year(**changes):
    return Filters(year=timezone.localdate().year, **changes)


def test_each_table_is_found_by_its_slug(db):
    for slug, build in tables.BY_SLUG.items():
        assert build(this_year()).slug == slug


def test_the_placement_tables_share_one_query(network, django_assert_num_queries):
    with django_assert_num_queries(1):
        counts = tables.placement_counts(this_year())
    with django_assert_num_queries(0):
        shared = [figures(build(this_year(), counts)) for build in tables.PLACEMENT_TABLES]
    assert shared == [figures(build(this_year())) for build in tables.PLACEMENT_TABLES]
    assert shared[0]  # the network has open placements in several countries
    with django_assert_num_queries(1 + len(tables.ORGANISATION_TABLES + tables.USAGE_TABLES)):
        assert len(tables.all_tables(this_year())) == len(tables.ALL_TABLES)


def test_open_placements_by_country_count_each_placement_once_across_translations(network, translate, home_page):
    de_kitchen = network["placements"]["de_kitchen"]
    translate(home_page, "de")
    translate(de_kitchen.get_parent().get_parent(), "de")
    translate(de_kitchen.get_parent(), "de")
    translate(de_kitchen, "de", {})
    assert de_kitchen.get_translations().filter(live=True).count() == 1
    table = tables.placements_by_country(this_year())
    assert figures(table) == {"DE": [2], "ES": [1]}  # Italy's only placement is closed
    assert table.totals == [Cell(3)]


def test_breakdowns_by_sector_type_eqf_support_and_language(network):
    assert figures(tables.placements_by_sector(this_year())) == {"I": [2], "G": [1]}
    types = figures(tables.placements_by_type(this_year()))
    assert types["work_placement"] == [2] and types["apprenticeship"] == [1] and types["job_shadowing"] == [0]
    eqf = figures(tables.placements_by_eqf(this_year()))
    assert [eqf[str(level)][0] for level in range(1, 9)] == [0, 1, 2, 2, 1, 0, 0, 0]
    support = figures(tables.placements_by_support(this_year()))
    assert support["accompanying_person"] == [2] and support["reinforced_mentoring"] == [1]
    assert support["local_buddy"] == [0]
    language = figures(tables.placements_by_language(this_year()))
    #                    A1 A2 B1 B2 C1 C2
    assert language == {"de": [0, 1, 1, 0, 0, 0], "en": [0, 0, 1, 0, 0, 0], "es": [0, 1, 0, 0, 0, 0]}


def test_the_country_filter_selects_placements_of_that_host_country(network):
    assert figures(tables.placements_by_sector(this_year(country="ES"))) == {"I": [1]}
    assert figures(tables.placements_open_closed(this_year(country="IT"))) == {"open": [0], "closed": [1]}


def test_open_closed_and_published_per_month(network):
    assert figures(tables.placements_open_closed(this_year())) == {"open": [3], "closed": [1]}
    per_month = tables.placements_per_month(this_year())
    assert len(per_month.rows) == 24
    assert per_month.rows[-1].code == timezone.localdate().strftime("%Y-%m")
    assert per_month.rows[-1].cells == [Cell(4)]  # all four were first published this month


def test_organisations_by_country_and_kind(network):
    assert figures(tables.organisations_by_country(this_year())) == {"DE": [1, 1, 0], "ES": [0, 0, 1]}


def test_registrations_are_protected_per_cell_and_totalled_from_published_cells(network):
    table = tables.registrations_by_country(this_year())
    rows = figures(table)
    assert rows["DE"] == [6, 5, "<5"]
    assert rows["ES"] == ["<5", 0, 0]
    assert rows["IT"] == [0, 0, 0]
    assert [cell.export() for cell in table.totals] == [6, 5, 0]
    assert figures(tables.registrations_by_country(this_year(country="ES"))) == {"ES": ["<5", 0, 0]}


def test_passport_pdfs_per_language(network):
    pdfs = figures(tables.passport_pdfs_by_language(this_year()))
    assert pdfs["en"] == [12] and pdfs["de"] == ["<5"] and pdfs["fr"] == [0]
