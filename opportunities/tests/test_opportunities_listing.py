"""The listing /<lang>/opportunities/: filters, facets, sort, pagination, bad input, query budget."""

import datetime
import re

import pytest
from django.utils import timezone

from opportunities.factories import OpportunityPageFactory
from opportunities.filters import LISTING
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db
URL = "/en/opportunities/"


def titles(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


@pytest.fixture
def catalogue(sections):
    today = timezone.localdate()
    days = datetime.timedelta
    make = OpportunityPageFactory
    return {
        "de_hotel": make(
            parent=sections["DE"],
            title="Hotel kitchen in Berlin",
            country="DE",
            sector="I",
            application_deadline=today + days(10),
            eqf_min=2,
            eqf_max=3,
            rows__languages=[("de", "A2")],
            rows__supports=["accompanying_person", "local_buddy"],
        ),
        "de_garage": make(
            parent=sections["DE"],
            title="Car repair in Hamburg",
            country="DE",
            city="Hamburg",
            sector="G",
            opportunity_type="apprenticeship",
            application_deadline=today + days(20),
            eqf_min=3,
            eqf_max=4,
            rows__languages=[("de", "B1")],
            rows__supports=["local_buddy"],
        ),
        "es_hotel": make(
            parent=sections["ES"],
            title="Hotel reception in Valencia",
            country="ES",
            city="Valencia",
            sector="I",
            application_deadline=today + days(5),
            eqf_min=3,
            eqf_max=5,
            rows__languages=[("es", "A2"), ("en", "B1")],
            rows__supports=["accompanying_person"],
        ),
        "it_farm": make(
            parent=sections["IT"],
            title="Organic farm in Tuscany",
            country="IT",
            city="Siena",
            sector="A",
            opportunity_type="job_shadowing",
            application_deadline=today + days(40),
            eqf_min=1,
            eqf_max=2,
        ),
        "de_closed": make(
            parent=sections["DE"],
            title="Bakery in Leipzig (closed)",
            country="DE",
            sector="I",
            application_deadline=today - days(3),
        ),
    }


def test_country_and_sector_filter(client, catalogue):
    response = client.get(URL, {"country": "DE", "sector": "I"})
    assert response.status_code == 200
    assert titles(response) == ["Hotel kitchen in Berlin"]


def test_open_by_default_and_open_0_includes_closed(client, catalogue):
    assert "Bakery in Leipzig (closed)" not in titles(client.get(URL))
    with_closed = titles(client.get(URL, {"open": "0", "country": "DE", "sector": "I"}))
    assert sorted(with_closed) == ["Bakery in Leipzig (closed)", "Hotel kitchen in Berlin"]


def test_repeatable_parameters_are_or_within_a_filter(client, catalogue):
    response = client.get(URL + "?country=DE&country=IT")
    assert sorted(titles(response)) == ["Car repair in Hamburg", "Hotel kitchen in Berlin", "Organic farm in Tuscany"]
    assert sorted(titles(client.get(URL + "?country=DE,IT"))) == sorted(titles(response))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "apprenticeship"}, ["Car repair in Hamburg"]),
        ({"eqf": "5"}, ["Hotel reception in Valencia"]),
        ({"eqf": ["1", "5"]}, ["Hotel reception in Valencia", "Organic farm in Tuscany"]),
        ({"language": "en"}, ["Hotel reception in Valencia"]),
        ({"support": "accompanying_person"}, ["Hotel kitchen in Berlin", "Hotel reception in Valencia"]),
        ({"support": "local_buddy", "country": "DE"}, ["Car repair in Hamburg", "Hotel kitchen in Berlin"]),
        ({"q": "valencia"}, ["Hotel reception in Valencia"]),
        ({"q": "hotel berlin"}, ["Hotel kitchen in Berlin"]),
    ],
)
def test_each_filter(client, catalogue, params, expected):
    assert sorted(titles(client.get(URL, params))) == expected


def test_sort_orders(client, catalogue):
    by_deadline = titles(client.get(URL))
    assert by_deadline == [
        "Hotel reception in Valencia",
        "Hotel kitchen in Berlin",
        "Car repair in Hamburg",
        "Organic farm in Tuscany",
    ]
    assert titles(client.get(URL, {"sort": "title"})) == sorted(by_deadline)


def test_facet_counts_take_the_other_filters_into_account(catalogue):
    from django.http import QueryDict

    counts = LISTING.run(QueryDict("country=DE&sector=I"), OpportunityPage.objects.live()).counts
    # Countries counted with sector=I (but not country=DE): DE 1, ES 1.
    assert counts["country"]["DE"] == 1
    assert counts["country"]["ES"] == 1
    assert counts["country"].get("IT", 0) == 0
    # Sectors counted with country=DE: I 1 (the closed one is excluded), G 1.
    assert counts["sector"]["I"] == 1
    assert counts["sector"]["G"] == 1
    assert counts["sector"].get("A", 0) == 0
    # Languages and support with country=DE and sector=I.
    assert counts["language"] == {"de": 1}
    assert counts["support"] == {"accompanying_person": 1, "local_buddy": 1}
    assert counts["eqf"]["2"] == 1
    assert counts["eqf"].get("4", 0) == 0


def test_facet_counts_are_shown_and_chips_remove_a_filter(client, catalogue):
    html = client.get(URL, {"country": "DE", "sector": "I"}).content.decode()
    assert re.search(r'id="f-country-ES"[^>]*>\s*<label for="f-country-ES">Spain <span class="count">\(1\)', html)
    assert 'href="?country=DE"' in html.replace("&amp;", "&")  # the chip that removes sector=I
    assert 'href="?sector=I"' in html.replace("&amp;", "&")


def test_pagination(client, sections):
    for number in range(25):
        OpportunityPageFactory(parent=sections["DE"], title=f"Placement {number:02d}", rows__supports=[])
    first = client.get(URL, {"sort": "title"})
    second = client.get(URL, {"sort": "title", "page": "2"})
    assert len(titles(first)) == 20
    assert titles(second) == [f"Placement {n}" for n in range(20, 25)]
    assert titles(client.get(URL, {"sort": "title", "page": "999"})) == titles(second)
    assert titles(client.get(URL, {"sort": "title", "page": "abc"})) == titles(first)


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "country=<script>alert(1)</script>",
        "sector=%00",
        "eqf=99&eqf=-1",
        "sort=';DROP TABLE x;--",
        "page=-5",
        "q=" + "x" * 5000,
        "q=%22*NEAR(AND",
        "open=maybe",
        "type=" + "&type=".join(["a"] * 200),
    ],
)
def test_hostile_and_malformed_parameters_never_fail(client, catalogue, query):
    response = client.get(URL + "?" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html


def test_unknown_value_is_ignored_with_a_visible_note(client, catalogue):
    html = client.get(URL, {"country": ["DE", "ZZ"]}).content.decode()
    assert "Unknown value “ZZ” for “country” was ignored." in html
    assert "Hotel kitchen in Berlin" in html


def test_listing_in_german_shows_translated_labels(client, catalogue, translate, home_page, opportunity_index):
    translate(home_page, "de")
    translate(opportunity_index, "de", {"Opportunities": "Angebote"})
    html = client.get("/de/opportunities/").content.decode()
    assert "<h1>Angebote</h1>" in html
    assert "Angebote filtern" in html  # the filter form's heading
    assert "Ergebnisse anzeigen" in html


# Query budget, the same at 10 and at 200 opportunities:
#   0  Wagtail serving: the listing page itself (home.routing), the site, the home page in the
#      request's language, "no page is restricted" and the main menu and footer links come from
#      the cache (home.content_cache)
#   1  count of results (paginator)
#   1  the ids of this page's results: their cards come from the cache (the warm-up drew them;
#      the pages of missing cards are read in one more query)
#   1  one grouped count: country, sector, type and EQF facet counts (tallied in Python)
#   2  counts of language and of support values
# The page's translations and the site's home page in every language (switcher, hreflang) come
# from the content cache too, read by the first request (see the detail page's budget).
LISTING_QUERIES = 5


@pytest.mark.parametrize("size", [10, 200])
def test_listing_query_count_does_not_grow(client, sections, size, django_assert_num_queries):
    for number in range(size):
        OpportunityPageFactory(
            parent=sections["DE"], title=f"P{number}", rows__languages=[("de", "A2")], rows__supports=["local_buddy"]
        )
    client.get(URL)  # warm the site-root cache as any running server has it
    with django_assert_num_queries(LISTING_QUERIES):
        response = client.get(URL, {"country": "DE", "language": "de", "support": "local_buddy"})
    assert response.status_code == 200
    assert len(titles(response)) == min(size, 20)


# --- Cards and facets drawn once per publication (home.content_cache) ---------------------


def test_cards_and_facets_are_drawn_once_until_the_next_publication(client, catalogue):
    hotel = catalogue["de_hotel"]
    before = client.get(URL, {"country": "DE"}).content.decode()
    assert "Hotel kitchen in Berlin" in before
    # Changed behind Wagtail's back (no publication): the listing still shows the cards and the
    # facet counts it drew, and no other language's.
    OpportunityPage.objects.filter(pk=hotel.pk).update(title="Kitchen in Potsdam")
    assert client.get(URL, {"country": "DE"}).content.decode() == before
    german = client.get("/de/opportunities/", {"country": "DE"})
    assert german.status_code == 200 and "Kitchen in Potsdam" in german.content.decode()

    hotel.refresh_from_db()
    hotel.save_revision().publish()  # a new content generation: everything is drawn again
    after = client.get(URL, {"country": "DE"}).content.decode()
    assert "Kitchen in Potsdam" in after and "Hotel kitchen in Berlin" not in after


def test_a_card_says_closed_the_day_after_its_deadline(client, catalogue, monkeypatch):
    closing = catalogue["de_hotel"].application_deadline
    assert "Apply by" in card_of(client.get(URL, {"country": "DE"}), "Hotel kitchen in Berlin")
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: closing + datetime.timedelta(days=1))
    later = client.get(URL, {"country": "DE", "open": "0"})
    assert "Closed" in card_of(later, "Hotel kitchen in Berlin")


def card_of(response, title):
    html = response.content.decode()
    start = html.index(title)
    return html[start : html.index("</article>", start)]
