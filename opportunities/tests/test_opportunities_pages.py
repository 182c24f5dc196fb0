"""Opportunity detail page, editor validation, tree rules, feed, iCalendar and API."""

import datetime
import json
import re

import feedparser
import icalendar
import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from opportunities.factories import OpportunityPageFactory
from opportunities.models import CountrySectionPage, OpportunityIndexPage, OpportunityPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def placements(sections):
    today = timezone.localdate()
    return [
        OpportunityPageFactory(
            parent=sections["DE"],
            title="Hotel kitchen in Berlin",
            country="DE",
            sector="I",
            application_deadline=today + datetime.timedelta(days=12),
            rows__languages=[("de", "A2")],
            rows__supports=["accompanying_person"],
        ),
        OpportunityPageFactory(
            parent=sections["ES"],
            title="Hotel reception in Valencia",
            country="ES",
            city="Valencia",
            sector="I",
            application_deadline=today + datetime.timedelta(days=20),
        ),
        OpportunityPageFactory(
            parent=sections["DE"],
            title="Warehouse in Bremen",
            country="DE",
            city="Bremen",
            sector="H",
            application_deadline=today + datetime.timedelta(days=30),
        ),
    ]


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


class OpportunityTreeRulesTests(WagtailPageTestCase):
    def test_where_each_page_type_lives(self):
        self.assertAllowedParentPageTypes(OpportunityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OpportunityIndexPage, {CountrySectionPage})
        self.assertAllowedParentPageTypes(CountrySectionPage, {OpportunityIndexPage})
        self.assertAllowedSubpageTypes(CountrySectionPage, {OpportunityPage})
        self.assertAllowedParentPageTypes(OpportunityPage, {CountrySectionPage})
        self.assertAllowedSubpageTypes(OpportunityPage, {})
        self.assertAllowedSubpageTypes(Page.objects.first().specific_class, set(self._all_parents()))

    def _all_parents(self):
        from wagtail.models import get_page_models

        return [model for model in get_page_models() if Page in model.allowed_parent_page_models()]


def test_detail_page_shows_the_facts_and_json_ld(client, placements):
    page = placements[0]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Hotel kitchen in Berlin</h1>" in html
    assert "Germany" in html and "Hospitality" in html
    assert "German at level A2 or above" in html
    assert "Accompanying person" in html
    data = json_ld(html)
    assert data["@type"] == "JobPosting"
    assert data["validThrough"] == page.application_deadline.isoformat()
    assert data["jobLocation"]["address"]["addressCountry"] == "DE"


def test_closed_opportunity_stays_reachable_and_says_so(client, sections):
    closed = OpportunityPageFactory(
        parent=sections["DE"], application_deadline=timezone.localdate() - datetime.timedelta(days=2)
    )
    html = client.get(closed.url).content.decode()
    assert "Closed" in html
    assert json_ld(html)["validThrough"] == closed.application_deadline.isoformat()
    assert OpportunityPage.objects.open().filter(pk=closed.pk).count() == 0
    assert OpportunityPage.objects.closed().filter(pk=closed.pk).count() == 1


def test_json_ld_cannot_be_broken_out_of(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], summary="</script><script>alert(1)</script>")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == "</script><script>alert(1)</script>"


# Detail page budget, the same at 3 and at 33 opportunities, the first time a page is shown after
# a publication:
#   2  Wagtail serving a page at depth 5: the deepest page on the path in one query and its
#      specific row (home.routing: not one lookup per level); the site, the home page in the
#      request's language, "no page is restricted", the main menu and footer links and the
#      listing page (breadcrumb, per section) come from the cache (home.content_cache)
#   4  start periods, language requirements, support, quality commitments (child rows), fetched
#      with the page: routing keeps the page and its rows in the content cache
#   1  the page's translations and the site's home page in every language (switcher, hreflang)
# Shown again, the page costs no query until the next publication.
DETAIL_QUERIES = 7


def test_detail_query_count_does_not_grow(client, sections, django_assert_num_queries):
    pages = [OpportunityPageFactory(parent=sections["DE"], rows__languages=[("de", "B1")]) for _ in range(3)]
    client.get(pages[2].url)  # the site's lookups, as any running server has them
    with django_assert_num_queries(DETAIL_QUERIES):
        assert client.get(pages[0].url).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(pages[0].url).status_code == 200
    more = [OpportunityPageFactory(parent=sections["DE"], rows__languages=[("de", "B1")]) for _ in range(30)]
    more[-1].save_revision().publish()  # saved live by the factory; one publication starts a new content generation
    client.get(pages[2].url)  # the first request after a publication fills the lookups again
    with django_assert_num_queries(DETAIL_QUERIES):
        assert client.get(pages[1].url).status_code == 200


# --- Feed, iCalendar, API: honouring the listing's filters -------------------------------


def test_feed_honours_filters_and_parses(client, placements):
    response = client.get("/en/opportunities/feed/", {"country": "DE", "sector": "I"})
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Hotel kitchen in Berlin"]
    assert feed.feed.language == "en"


def test_icalendar_honours_filters_and_parses(client, placements):
    response = client.get("/en/opportunities/deadlines.ics", {"sector": "I"})
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == [
        "Application deadline: Hotel kitchen in Berlin",
        "Application deadline: Hotel reception in Valencia",
    ]
    kitchen = next(e for e in events if "kitchen" in str(e["summary"]))
    assert kitchen.decoded("dtstart") == placements[0].application_deadline


def test_api_filters_fields_and_labels(client, placements):
    response = client.get("/api/v2/opportunities/?country=DE&sector=I&sector=H")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 2
    item = data["items"][0]
    assert item["title"] == "Hotel kitchen in Berlin"
    assert item["meta"]["html_url"] == settings.WAGTAILADMIN_BASE_URL + placements[0].url
    assert (item["country"], item["country_label"]) == ("DE", "Germany")
    assert (item["sector"], item["type"]) == ("I", "work_placement")
    assert item["application_deadline"] == placements[0].application_deadline.isoformat()


def test_api_unknown_values_and_locale_are_ignored_with_notes(client, placements):
    data = client.get("/api/v2/opportunities/?country=ZZ&locale=xx&sort=bogus&page=x").json()
    assert data["meta"]["total_count"] == 3
    assert len(data["meta"]["notes"]) == 3


def test_api_locale_translates_labels(client, placements, translate, home_page, opportunity_index, sections):
    translate(home_page, "de")
    translate(opportunity_index, "de")
    translate(sections["DE"], "de")
    translate(placements[0], "de", {"Hotel kitchen in Berlin": "Hotelküche in Berlin"})
    data = client.get("/api/v2/opportunities/?locale=de&country=DE&sector=I").json()
    assert data["meta"]["locale"] == "de"
    assert [i["title"] for i in data["items"]] == ["Hotelküche in Berlin"]
    assert data["items"][0]["country_label"] == "Deutschland"


@pytest.mark.parametrize(
    "path", ["/en/opportunities/feed/", "/en/opportunities/deadlines.ics", "/api/v2/opportunities/"]
)
def test_feed_calendar_api_query_counts_do_not_grow(client, sections, django_assert_max_num_queries, path):
    for _ in range(5):
        OpportunityPageFactory(parent=sections["DE"])
    client.get(path)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(path)
    for _ in range(40):
        OpportunityPageFactory(parent=sections["DE"])
    client.get(path)  # the first request after a publication fills the lookups again (home.content_cache)
    with CaptureQueriesContext(connection) as large:
        client.get(path)
    assert len(large) == len(small)


# --- Editor validation through the admin ------------------------------------------------


class OpportunityEditorValidationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        from home.factories import HomePageFactory
        from home.locales import sync_locales
        from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory

        sync_locales()
        Page.objects.filter(depth=2).delete()
        root = Page.get_first_root_node()
        home = HomePageFactory(parent=root)
        index = OpportunityIndexPageFactory(parent=home)
        cls.section = CountrySectionPageFactory(parent=index, country="DE")

    def setUp(self):
        from django.contrib.auth import get_user_model

        from home.testing import verified_login

        user = get_user_model().objects.create_superuser("admin", "admin@example.org", "password-for-tests")
        verified_login(self.client, user)

    def form_data(self, **overrides):
        today = timezone.localdate()
        data = {
            "title": "Cook in Munich",
            "slug": "cook-munich",
            "summary": "Cook with a team.",
            "country": "DE",
            "city": "Munich",
            "region": "",
            "sector": "I",
            "field_of_education": "10",
            "opportunity_type": "work_placement",
            "eqf_min": "2",
            "eqf_max": "4",
            "duration_min_weeks": "4",
            "duration_max_weeks": "8",
            "application_deadline": (today + datetime.timedelta(days=10)).isoformat(),
            "places": "2",
            "age_min": "16",
            "age_max": "29",
            "learning_outcomes": streamfield([]),
            "costs_covered": rich_text(""),
            "how_to_apply": rich_text(""),
            "contact_role": "Mobility coordinator",
            "contact_email": "mobility@example.org",
            "search_keywords": "",
            "tags": "",
            "start_periods": inline_formset([{"start_date": (today + datetime.timedelta(days=40)).isoformat()}]),
            "languages": inline_formset([]),
            "supports": inline_formset([]),
            "commitments": inline_formset([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def post(self, data):
        return self.client.post(f"/admin/pages/add/opportunities/opportunitypage/{self.section.pk}/", data)

    def test_a_valid_opportunity_can_be_created(self):
        self.assertCanCreate(self.section, OpportunityPage, self.form_data())

    def test_duration_min_above_max_is_refused_with_a_message(self):
        response = self.post(self.form_data(duration_min_weeks="10", duration_max_weeks="4"))
        self.assertContains(response, "The shortest duration cannot be longer than the longest.")
        self.assertFalse(OpportunityPage.objects.filter(slug="cook-munich").exists())

    def test_age_and_eqf_ranges(self):
        response = self.post(self.form_data(age_min="25", age_max="18", eqf_min="5", eqf_max="3"))
        self.assertContains(response, "The minimum age cannot be higher than the maximum age.")
        self.assertContains(response, "The lowest EQF level cannot be higher than the highest.")

    def test_deadline_after_the_first_start_is_refused(self):
        today = timezone.localdate()
        response = self.post(
            self.form_data(
                application_deadline=(today + datetime.timedelta(days=60)).isoformat(),
            )
        )
        self.assertContains(response, "The application deadline must be on or before the first start date")

    def test_at_least_one_start_period(self):
        response = self.post(self.form_data(start_periods=inline_formset([])))
        self.assertContains(response, "Add at least one start period.")

    def test_each_language_once(self):
        response = self.post(
            self.form_data(
                languages=inline_formset([{"language": "de", "min_level": "A2"}, {"language": "de", "min_level": "B1"}])
            )
        )
        self.assertContains(response, "Each language can be listed only once.")


def test_country_section_sends_visitors_to_the_filtered_listing(client, sections):
    response = client.get(sections["ES"].url)
    assert response.status_code == 302
    assert response["Location"] == "/en/opportunities/?country=ES"
