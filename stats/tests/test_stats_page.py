"""``/<lang>/statistics/``: the page in two languages, accessible charts and tables, the filters,
the downloads (CSV and XLSX parse back to the page's figures), its query budget and the cache."""

import csv
import io
import re

import pytest
from django.utils import timezone

from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db
URL = "/en/statistics/"


def parse_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")  # a BOM, for spreadsheets
    return list(csv.reader(io.StringIO(body[1:])))


def test_the_page_in_english(client, network):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html or 'lang="en"' in html
    assert "<h1>Network statistics</h1>" in html
    # Every chart has a title and the same figures in a captioned table with header cells.
    assert html.count('<svg class="stats-chart"') == html.count("<caption>") == 12
    assert html.count("<title id=") == 12
    assert '<th scope="col">Country</th>' in html
    assert '<th scope="row">Germany</th>' in html
    assert "fewer than 5" in html
    # No inline script or style attribute for the CSP to block.
    assert "<script>" not in html and " style=" not in html
    # The filters are labelled and kept in every download link.
    assert '<label for="id_period">Year</label>' in html
    assert '<label for="id_country">Host country</label>' in html
    year = timezone.localdate().year
    assert f'href="/en/statistics/placements-by-country.csv?period={year}"' in html
    assert f'href="/en/statistics/statistics.xlsx?period={year}"' in html


def test_the_page_in_german(client, network, translated_home):
    response = client.get("/de/statistics/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="de"' in html
    assert '<th scope="row">Deutschland</th>' in html  # the vocabulary's German labels
    assert '<th scope="col">Land</th>' in html
    assert "Angebotene Unterstützung" in html


def test_filters_are_applied_and_kept_in_the_links(client, network):
    year = timezone.localdate().year
    html = client.get(URL, {"period": str(year), "country": "ES"}).content.decode()
    assert f'href="/en/statistics/placements-by-sector.csv?period={year}&amp;country=ES"' in html
    assert '<option value="ES" selected>' in html
    assert '<th scope="row">Germany</th>' not in html
    # An unknown value falls back to the defaults instead of failing.
    assert client.get(URL, {"period": "1999", "country": "XX"}).status_code == 200


def test_a_csv_parses_back_to_the_page_figures(client, network):
    rows = parse_csv(client.get("/en/statistics/registrations-by-country.csv"))
    assert rows[0] == ["code", "label", "registration_created", "registration_approved", "registration_rejected"]
    by_code = {row[0]: row[2:] for row in rows[1:]}
    assert by_code["DE"] == ["6", "5", "<5"]
    assert by_code["ES"] == ["<5", "0", "0"]
    assert by_code["total"] == ["6", "5", "0"]
    response = client.get("/en/statistics/placements-by-country.csv", {"country": "DE"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert parse_csv(response)[1] == ["DE", "Germany", "2"]
    assert client.get("/en/statistics/nothing.csv").status_code == 404


def test_the_xlsx_workbook_holds_every_table_and_the_computation_date(client, network):
    from openpyxl import load_workbook

    response = client.get("/en/statistics/statistics.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[0] == "about"
    assert len(workbook.sheetnames) == 13
    about = workbook["about"]
    assert about["A2"].value == "Computed at" and about["B2"].value.date() == timezone.localdate()
    sheet = workbook["registrations-by-country"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    csv_rows = parse_csv(client.get("/en/statistics/registrations-by-country.csv"))
    assert [[str(value) for value in row] for row in rows] == csv_rows
    support = {row[0].value: row[2].value for row in workbook["placements-by-support"].iter_rows(min_row=2)}
    assert support["accompanying_person"] == 2


def test_the_page_costs_one_query_per_chart_at_most(client, network, django_assert_max_num_queries):
    client.get(URL)  # warm up Wagtail's site and locale lookups
    # One for the eight placement charts, one for each of the four others, and the request's own three.
    with django_assert_max_num_queries(1 + 4 + 3):
        assert client.get(URL, {"country": "DE"}).status_code == 200


def test_the_page_is_cached_and_purged_on_publish(client, network, settings, sections):
    settings.PATHWAY_PAGE_CACHE_SECONDS = 60
    first = client.get(URL)
    assert first["X-Cache"] == "MISS"
    second = client.get(URL)
    assert second["X-Cache"] == "HIT"
    assert client.get(URL, {"period": "2000"})["X-Cache"] in ("MISS", "HIT")
    OpportunityPageFactory(parent=sections["ES"], country="ES", sector="F")  # publishes a revision
    third = client.get(URL)
    assert third["X-Cache"] == "MISS"
    assert re.search(r'<th scope="row">Construction</th>\s*<td class="stats__number">1</td>', third.content.decode())


def test_the_period_is_part_of_the_cache_key(client, network, settings):
    settings.PATHWAY_PAGE_CACHE_SECONDS = 60
    year = timezone.localdate().year
    this_year = client.get(URL, {"period": str(year)}).content.decode()
    last_year = client.get(URL, {"period": str(year - 1)})
    assert last_year["X-Cache"] == "MISS"
    assert last_year.content.decode() != this_year


MAP_LINK = re.compile(r'<a class="europe-map__link" href="([^"]+)" aria-label="([^"]+)">')


def map_section(html):
    return html.split('<section class="stats__table" id="placements-by-country"', 1)[1].split("</section>", 1)[0]


def test_the_map_of_open_placements_links_each_country_to_its_listing(client, network):
    section = map_section(client.get(URL).content.decode())
    assert '<div class="europe-map">' in section and 'id="stats-map-caption"' in section
    assert dict(MAP_LINK.findall(section)) == {
        "/en/opportunities/?country=DE": "Germany: 2 open placements",
        "/en/opportunities/?country=ES": "Spain: 1 open placement",
    }
    assert "?country=IT" not in section  # Italy's only placement is closed
    assert re.search(r'<text class="europe-map__count"[^>]*>2</text>', section)
    assert '<path class="europe-map__country europe-map__step-4" d="' in section  # Germany, the most
    assert " style=" not in section
    # The country filter keeps that country only.
    section = map_section(client.get(URL, {"country": "ES"}).content.decode())
    assert dict(MAP_LINK.findall(section)) == {"/en/opportunities/?country=ES": "Spain: 1 open placement"}


def test_the_map_in_german(client, network, translated_home):
    section = map_section(client.get("/de/statistics/").content.decode())
    links = dict(MAP_LINK.findall(section))
    assert set(links) == {"/de/opportunities/?country=DE", "/de/opportunities/?country=ES"}
    assert links["/de/opportunities/?country=DE"].startswith("Deutschland: 2 ")
    assert links["/de/opportunities/?country=ES"].startswith("Spanien: 1 ")
