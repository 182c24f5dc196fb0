"""The home page shows the network (issue 18, part 3): headline numbers, the map of Europe with
the open placements per host country linking to the filtered listing, the three ways in and the
latest placements; the apple-touch-icon and the web manifest (part 2); the site's own error
pages previewed in development (part 5)."""

import datetime
import json
import re
import struct
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from enterprises.factories import (
    EnterprisePageFactory,
    OrganisationCountrySectionPageFactory,
    OrganisationIndexPageFactory,
)
from home.europe_map import drawing, europe_map, step_of, steps
from home.locales import sync_trees
from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db

MAP_LINK = re.compile(r'<a class="europe-map__link" href="([^"]+)" aria-label="([^"]+)">')


@pytest.fixture
def network(home_page):
    """Open placements: three in Germany, one in Malta, and a closed one in Spain; two
    organisations; every page aliased into the other languages."""
    index = OpportunityIndexPageFactory(parent=home_page, locale=home_page.locale)
    sections = {code: CountrySectionPageFactory(parent=index, country=code, title=code) for code in ("DE", "MT", "ES")}
    today = timezone.localdate()
    placements = [
        OpportunityPageFactory(parent=sections["DE"], country="DE", sector="I", title="Cook in Berlin"),
        OpportunityPageFactory(parent=sections["DE"], country="DE", sector="C", title="Joiner in Kassel"),
        OpportunityPageFactory(parent=sections["DE"], country="DE", sector="C", title="Welder in Essen"),
        OpportunityPageFactory(parent=sections["MT"], country="MT", sector="I", title="Waiter in Valletta"),
        OpportunityPageFactory(
            parent=sections["ES"],
            country="ES",
            sector="A",
            title="Closed in Spain",
            application_deadline=today - datetime.timedelta(days=1),
        ),
    ]
    organisations = OrganisationIndexPageFactory(parent=home_page, locale=home_page.locale)
    section = OrganisationCountrySectionPageFactory(parent=organisations, country="DE", title="DE")
    EnterprisePageFactory(parent=section, country="DE", title="Hotel Adler")
    EnterprisePageFactory(parent=section, country="DE", title="Tischlerei Holz")
    sync_trees()
    return placements


@pytest.fixture
def translated_network(network, home_page, translate):
    """The same, with the home page and the cook's placement translated into German."""
    translate(home_page, "de", {"Home": "Startseite"})
    translate(network[0], "de", {"Cook in Berlin": "Koch in Berlin"})
    return network


def map_links(html):
    return dict(MAP_LINK.findall(html))


def test_steps_are_equal_intervals_up_to_the_highest_count():
    assert steps(0) == []
    assert steps(2) == [1, 2]
    assert steps(40) == [10, 20, 30, 40]
    bounds = steps(40)
    assert [step_of(n, bounds) for n in (0, 1, 10, 11, 39, 40)] == [0, 1, 1, 2, 4, 4]
    # Fewer values than classes: the highest is still the darkest.
    assert [step_of(n, [1, 2]) for n in (0, 1, 2)] == [0, 3, 4]


def test_the_drawing_has_every_host_country_and_malta_but_no_overseas_france():
    data = drawing()
    from home.vocabularies import COUNTRIES, codes

    assert sorted(shape["code"] for shape in data["countries"]) == sorted(codes(COUNTRIES))
    width, height = (float(v) for v in data["viewBox"].split()[2:])
    for shape in data["countries"]:
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", shape["d"])]
        xs, ys = numbers[0::2], numbers[1::2]
        # Clipped to the drawing: French Guiana, the Canaries and Svalbard are gone.
        assert min(xs) >= 0 and max(xs) <= width and min(ys) >= 0 and max(ys) <= height, shape["code"]
        assert 0 <= shape["label"][0] <= width and 0 <= shape["label"][1] <= height
    malta = next(shape for shape in data["countries"] if shape["code"] == "MT")
    assert malta["d"].startswith("M") and malta["area"] > 0


def test_map_figures_ignore_unknown_codes_and_zeros():
    figures = europe_map({"DE": 3, "MT": 1, "ES": 0, "XX": 9}, "/en/opportunities/", "en")
    assert [c["code"] for c in figures["list"]] == ["DE", "MT"]
    assert figures["total"] == 4
    assert {c["code"]: c["url"] for c in figures["linked"]} == {
        "DE": "/en/opportunities/?country=DE",
        "MT": "/en/opportunities/?country=MT",
    }
    assert len(figures["blank"]) == len(drawing()["countries"]) - 2


def test_home_page_counts_open_placements_once_per_country(client, translated_network):
    html = client.get("/en/").content.decode()
    # The German translation of "Cook in Berlin" is not counted twice; the Spanish one is closed.
    assert map_links(html) == {
        "/en/opportunities/?country=DE": "Germany: 3 open placements",
        "/en/opportunities/?country=MT": "Malta: 1 open placement",
    }
    assert "?country=ES" not in html
    # The same figures as a list, by name.
    listing = html.split('<ul class="europe-map__list"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a> <span class="count">([^<]+)</span>', listing) == [
        ("/en/opportunities/?country=DE", "Germany", "3 open placements"),
        ("/en/opportunities/?country=MT", "Malta", "1 open placement"),
    ]
    html_de = client.get("/de/").content.decode()
    from opportunities.models import OpportunityPage

    # The German tree holds the translation of one placement and aliases of the others.
    german = OpportunityPage.objects.filter(locale__language_code="de")
    assert german.filter(alias_of__isnull=True).get().title == "Koch in Berlin"
    assert set(map_links(html_de)) == {"/de/opportunities/?country=DE", "/de/opportunities/?country=MT"}
    assert '<span class="figure__number">4</span>' in html_de
    # Germany has the most: the darkest step; the map writes each count as text too.
    assert '<path class="europe-map__country europe-map__step-4" d="' in html
    assert re.search(r'<text class="europe-map__count"[^>]*>3</text>', html)
    assert "style=" not in html.split('<div class="europe-map">', 1)[1]


def test_map_links_and_names_are_in_the_page_language(client, network):
    """Country names come from the vocabulary's labels in the page's language. (The words
    "open placements" are new strings: English until their German translation is in the catalogue.)"""
    html = client.get("/de/").content.decode()
    links = map_links(html)
    assert set(links) == {"/de/opportunities/?country=DE", "/de/opportunities/?country=MT"}
    assert links["/de/opportunities/?country=DE"].startswith("Deutschland: 3 ")
    assert links["/de/opportunities/?country=MT"].startswith("Malta: 1 ")
    listing = html.split('<ul class="europe-map__list"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', listing) == ["Deutschland", "Malta"]


def test_headline_numbers(client, network):
    html = client.get("/en/").content.decode()
    pattern = r'<span class="figure__number">(\d+)</span> <span class="figure__label">([^<]+)</span>'
    figures = {label: int(number) for number, label in re.findall(pattern, html)}
    assert figures == {"open placements": 4, "host countries": 2, "sectors": 2, "organisations": 2}


def test_home_page_has_three_ways_in_and_the_latest_placements(client, network):
    html = client.get("/en/").content.decode()
    ways = html.split('<ul class="ways">', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'<h3><a href="([^"]+)">', ways) == ["/en/opportunities/", "/en/match/", "/en/passport/"]
    latest = html.split('<ul class="latest card-list">', 1)[1].split("</ul>", 1)[0]
    assert latest.count('class="card opportunity-card"') == 3
    assert "Closed in Spain" not in latest


def test_editors_texts_replace_the_default_ones(client, network, home_page):
    home_page.map_heading = "Where our partners are"
    home_page.browse_title = "All placements"
    home_page.browse_text = "Every placement we have."
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert '<h2 id="map-heading">Where our partners are</h2>' in html
    assert '<h3><a href="/en/opportunities/">All placements</a></h3>' in html
    assert "Every placement we have." in html
    assert "Answer a few questions" in html  # the others keep the site's own text


def test_home_page_query_budget(client, network, django_assert_max_num_queries):
    """Wagtail's routing and the page chrome, then four queries for the figures, the map and the
    latest placements (and two for the view restrictions): as many with 5 placements as with 5,000."""
    client.get("/en/")  # warm the per-process caches
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(20):
        response = client.get("/de/")
    assert response.status_code == 200


def test_apple_touch_icon_and_manifest_are_linked(client, home_page):
    head = client.get("/en/").content.decode().split("</head>", 1)[0]
    icon = re.search(r'<link rel="apple-touch-icon" href="([^"]+)">', head)
    assert icon is not None and icon.group(1).endswith("/home/icons/apple-touch-icon.png")
    assert '<link rel="manifest" href="/manifest.webmanifest">' in head
    png = Path(settings.BASE_DIR) / "home" / "static" / "home" / "icons" / "apple-touch-icon.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (180, 180)  # the IHDR's width and height


def test_web_manifest(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "VET Pathway" and manifest["short_name"]
    assert manifest["start_url"] == "/"
    assert manifest["theme_color"] == "#0b4f8a"
    assert {"192x192", "512x512", "any"} <= {icon["sizes"] for icon in manifest["icons"]}
    for icon in manifest["icons"]:
        name = icon["src"].split("/static/", 1)[1]
        found = [
            root / name
            for root in (Path(settings.BASE_DIR) / "home" / "static", Path(settings.BASE_DIR) / "site" / "static")
        ]
        assert any(path.exists() for path in found), name


@pytest.mark.parametrize(("language", "heading"), [("en", "Page not found"), ("de", "Seite nicht gefunden")])
def test_own_404_page_is_previewed_in_development(client, home_page, settings, language, heading):
    assert client.get(f"/{language}/404/").status_code == 404  # DEBUG off: a plain 404
    settings.DEBUG = True
    response = client.get(f"/{language}/404/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert 'class="skip-link"' in html and '<main id="main"' in html


def test_own_500_page_is_previewed_in_development(client, home_page, settings):
    settings.DEBUG = True
    response = client.get("/de/500/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "<h1>Etwas ist schiefgelaufen</h1>" in html
