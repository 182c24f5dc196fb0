"""Following a search: the RSS and Atom feeds, the iCalendar and the "follow this search" page."""

import datetime
import re
from urllib.parse import parse_qsl, urlsplit

import feedparser
import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db
DAYS = datetime.timedelta
FILTERS = {"country": "DE", "sector": "I"}


@pytest.fixture
def placements(sections):
    today = timezone.localdate()
    return [
        OpportunityPageFactory(
            parent=sections["DE"],
            title="Hotel kitchen in Berlin",
            country="DE",
            sector="I",
            application_deadline=today + DAYS(12),
        ),
        OpportunityPageFactory(
            parent=sections["DE"],
            title="Hotel bar in Munich",
            country="DE",
            city="Munich",
            sector="I",
            application_deadline=today + DAYS(40),
        ),
        OpportunityPageFactory(
            parent=sections["ES"],
            title="Hotel reception in Valencia",
            country="ES",
            city="Valencia",
            sector="I",
            application_deadline=today + DAYS(20),
        ),
        OpportunityPageFactory(
            parent=sections["DE"],
            title="Warehouse in Bremen",
            country="DE",
            city="Bremen",
            sector="H",
            application_deadline=today + DAYS(30),
        ),
    ]


def parsed(client, path, query=FILTERS):
    response = client.get(path, query)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_atom_feed_parses_with_the_same_entries_as_rss(client, placements):
    _, rss = parsed(client, "/en/opportunities/feed/")
    response, atom = parsed(client, "/en/opportunities/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom.version == "atom10"
    assert [e.title for e in atom.entries] == [e.title for e in rss.entries]
    assert [e.link for e in atom.entries] == [e.link for e in rss.entries]
    assert sorted(e.title for e in atom.entries) == ["Hotel bar in Munich", "Hotel kitchen in Berlin"]
    assert atom.feed.subtitle


def test_feeds_list_newest_first(client, placements):
    # The Munich bar (latest deadline) was published last: it comes first in both feeds.
    from opportunities.models import OpportunityPage

    now = timezone.now()
    for days, page in ((3, placements[0]), (1, placements[1])):
        OpportunityPage.objects.filter(translation_key=page.translation_key).update(
            first_published_at=now - DAYS(days), source_first_published_at=now - DAYS(days)
        )
    for path in ("/en/opportunities/feed/", "/en/opportunities/feed/atom/"):
        _, feed = parsed(client, path)
        assert [e.title for e in feed.entries] == ["Hotel bar in Munich", "Hotel kitchen in Berlin"]


@pytest.mark.parametrize("path", ["/en/opportunities/feed/", "/en/opportunities/feed/atom/"])
def test_items_carry_country_sector_and_deadline(client, placements, path):
    _, feed = parsed(client, path, {"country": "DE", "sector": "I", "q": "kitchen"})
    (entry,) = feed.entries
    terms = {tag.term for tag in entry.tags}
    assert "Germany" in terms
    assert terms == {"Germany", "Hospitality: hotels, restaurants and catering"}
    assert placements[0].application_deadline.isoformat() in entry.summary


def test_feed_labels_follow_the_feed_language(client, placements, translate, home_page, opportunity_index, sections):
    translate(home_page, "de")
    translate(opportunity_index, "de")
    translate(sections["DE"], "de")
    translate(placements[0], "de", {"Hotel kitchen in Berlin": "Hotelküche in Berlin"})
    for path in ("/de/opportunities/feed/", "/de/opportunities/feed/atom/"):
        _, feed = parsed(client, path)
        (entry,) = feed.entries
        assert entry.title == "Hotelküche in Berlin"
        assert "Deutschland" in {tag.term for tag in entry.tags}


def test_listing_links_to_follow_page_and_declares_both_feeds(client, placements):
    html = client.get("/en/opportunities/", {"country": "DE", "sector": "I", "page": "1"}).content.decode()
    assert re.search(r'<a href="/en/opportunities/follow/\?country=DE&amp;sector=I">Follow this search</a>', html)
    assert 'type="application/rss+xml"' in html
    assert re.search(
        r'<link rel="alternate" type="application/atom\+xml"[^>]+href="/en/opportunities/feed/atom/\?', html
    )


def follow_links(html):
    return {
        urlsplit(href).path: sorted(parse_qsl(urlsplit(href).query))
        for href in re.findall(r'<a href="([^"]+)"', html.replace("&amp;", "&"))
        if "/opportunities/" in href
    }


def test_follow_page_links_keep_the_filters(client, placements):
    response = client.get(
        "/en/opportunities/follow/",
        {"country": ["DE", "ES"], "sector": "I", "q": "hotel", "page": "2", "sort": "title", "utm_source": "x"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    expected = sorted([("country", "DE"), ("country", "ES"), ("q", "hotel"), ("sector", "I")])
    links = follow_links(html)
    for path in (
        "/en/opportunities/feed/",
        "/en/opportunities/feed/atom/",
        "/en/opportunities/deadlines.ics",
        "/en/opportunities/",
    ):
        assert links[path] == expected, path
    assert "Germany" in html and "Spain" in html
    assert "csrfmiddlewaretoken" not in html  # the alert form carries no token: the page stays cacheable


def test_follow_page_links_lead_to_the_same_entries(client, placements):
    html = client.get("/en/opportunities/follow/", FILTERS).content.decode()
    links = follow_links(html)
    rss = feedparser.parse(client.get("/en/opportunities/feed/", dict(links["/en/opportunities/feed/"])).content)
    atom_query = dict(links["/en/opportunities/feed/atom/"])
    atom = feedparser.parse(client.get("/en/opportunities/feed/atom/", atom_query).content)
    assert sorted(e.title for e in rss.entries) == sorted(e.title for e in atom.entries)
    assert len(rss.entries) == 2


def test_follow_page_without_filters_and_get_only(client, placements):
    response = client.get("/en/opportunities/follow/")
    assert response.status_code == 200
    assert 'href="/en/opportunities/feed/"' in response.content.decode()
    assert client.post("/en/opportunities/follow/").status_code == 405


def test_follow_page_is_served_from_the_page_cache(client, placements, django_assert_num_queries):
    with override_settings(PATHWAY_PAGE_CACHE_SECONDS=60):
        first = client.get("/en/opportunities/follow/", FILTERS)
        assert first["X-Cache"] == "MISS"
        assert not first.cookies
        with django_assert_num_queries(0):
            # Reordered filters and a tracking parameter share the entry.
            second = client.get("/en/opportunities/follow/?sector=I&utm_source=x&country=DE")
        assert second["X-Cache"] == "HIT"
        assert second.content == first.content


def test_follow_page_query_count_is_small_and_constant(client, sections):
    for _ in range(3):
        OpportunityPageFactory(parent=sections["DE"], sector="I")
    client.get("/en/opportunities/follow/", FILTERS)
    with CaptureQueriesContext(connection) as small:
        assert client.get("/en/opportunities/follow/", FILTERS).status_code == 200
    for _ in range(20):
        OpportunityPageFactory(parent=sections["DE"], sector="I")
    client.get("/en/opportunities/follow/", FILTERS)  # the first request after a publication fills the lookups again
    with CaptureQueriesContext(connection) as large:
        assert client.get("/en/opportunities/follow/", FILTERS).status_code == 200
    assert len(large) == len(small)
    assert len(small) <= 12


def test_the_atom_feed_is_served_from_the_page_cache(client, sections, settings):
    settings.PATHWAY_PAGE_CACHE_SECONDS = 60
    OpportunityPageFactory(parent=sections["DE"], title="Cook in Berlin")
    first = client.get("/en/opportunities/feed/atom/")
    second = client.get("/en/opportunities/feed/atom/")
    assert first["Content-Type"].startswith("application/atom+xml")
    assert second.get("X-Cache") == "HIT"
