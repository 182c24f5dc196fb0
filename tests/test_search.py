"""Site search: locale scoping, aliases, content types, facets, promotions, tags, hostile input."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.locales import sync_trees
from tests.factories import ContentPageFactory, OpportunityPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


@pytest.fixture
def search_index(settings):
    """Keep the search index up to date while this module's tests run (off in test settings)."""
    backends = {name: {**config, "AUTO_UPDATE": True} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    settings.WAGTAILSEARCH_BACKENDS = backends


@pytest.fixture
def cook_pages(sections, translate, home_page, opportunity_index):
    cook = OpportunityPageFactory(
        parent=sections["DE"],
        title="Cook in a hotel kitchen",
        summary="Cook breakfast for guests.",
        search_keywords="chef, cook, kitchen",
    )
    other = OpportunityPageFactory(parent=sections["ES"], title="Warehouse helper", summary="Pack boxes.")
    translate(home_page, "de")
    translate(opportunity_index, "de")
    translate(sections["DE"], "de")
    translate(
        cook,
        "de",
        {
            "Cook in a hotel kitchen": "Koch in einer Hotelküche",
            "Cook breakfast for guests.": "Frühstück für Gäste kochen.",
            "chef, cook, kitchen": "Koch, Köchin, Küche",
        },
    )
    return cook, other


def result_titles(response):
    return [item["page"].title for item in response.context["items"]]


def test_german_search_finds_german_pages_not_english_sources(client, cook_pages):
    response = client.get("/de/search/", {"q": "Koch"})
    assert response.status_code == 200
    assert result_titles(response) == ["Koch in einer Hotelküche"]
    assert "<mark>Koch</mark>" in response.content.decode()
    english = client.get("/en/search/", {"q": "cook"})
    assert result_titles(english) == ["Cook in a hotel kitchen"]


def test_aliases_are_not_results_in_their_alias_locale(client, cook_pages):
    sync_trees()  # "Warehouse helper" now exists in German as an alias of the English page
    assert Page.objects.filter(locale__language_code="de", alias_of__isnull=False, title="Warehouse helper").exists()
    assert result_titles(client.get("/de/search/", {"q": "Warehouse"})) == []


def test_content_type_facets_and_filter(client, home_page, sections):
    OpportunityPageFactory(parent=sections["DE"], title="Garden work in Bavaria")
    ContentPageFactory(parent=home_page, title="Garden safety rules")
    response = client.get("/en/search/", {"q": "garden"})
    facets = {f["param"]: f["count"] for f in response.context["facets"]}
    assert facets == {"opportunities.opportunitypage": 1, "home.contentpage": 1}
    only = client.get("/en/search/", {"q": "garden", "type": "opportunities.opportunitypage"})
    assert result_titles(only) == ["Garden work in Bavaria"]
    html = only.content.decode()
    assert "Germany · Hospitality" in html  # opportunity results show country and sector


def test_tags_are_found_right_after_publishing(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], title="Placement with a tag")
    page.tags.add("zimmermann")
    page.save_revision().publish()
    assert result_titles(client.get("/en/search/", {"q": "zimmermann"})) == ["Placement with a tag"]


def test_unpublished_pages_disappear(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], title="Bicycle mechanic")
    assert result_titles(client.get("/en/search/", {"q": "bicycle"})) == ["Bicycle mechanic"]
    page.unpublish()
    assert result_titles(client.get("/en/search/", {"q": "bicycle"})) == []


def test_promotions_show_only_in_their_own_language(client, cook_pages):
    cook, _other = cook_pages
    german_cook = cook.get_translation(Page.objects.get(pk=cook.pk).locale.__class__.objects.get(language_code="de"))
    query = Query.get("kitchen")
    SearchPromotion.objects.create(query=query, page=cook, sort_order=0, description="Our pick")
    SearchPromotion.objects.create(query=query, page=german_cook, sort_order=1, description="Unser Tipp")
    english = client.get("/en/search/", {"q": "kitchen"}).content.decode()
    german = client.get("/de/search/", {"q": "kitchen"}).content.decode()
    assert "Our pick" in english and "Unser Tipp" not in english
    assert "Unser Tipp" in german and "Our pick" not in german


def test_no_results_page_is_friendly(client, home_page):
    html = client.get("/en/search/", {"q": "xylophone"}).content.decode()
    assert "Nothing found" in html
    assert 'href="/en/opportunities/"' in html and 'href="/en/match/"' in html


@pytest.mark.parametrize(
    "q",
    [
        '"*',
        "*",
        "NEAR(a b)",
        "a AND OR NOT",
        "'; DROP TABLE wagtailcore_page; --",
        "x" * 10_000,
        "caf\u00e9 \u0142\u00f3d\u017a \u4e2d\u6587",
        "a\x00b",
        "<script>alert(1)</script>",
        "   ",
        "((((",
        '"unterminated',
        "-",
        "^",
    ],
)
def test_hostile_and_odd_queries_get_a_calm_answer(client, sections, q):
    OpportunityPageFactory(parent=sections["DE"], title="Script writer")
    response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert len(response.context["search_query"]) <= 200


def test_autocomplete_returns_json_in_the_current_language(client, cook_pages):
    data = client.get("/de/search/autocomplete/", {"q": "Hotelk"}).json()
    assert [item["title"] for item in data["results"]] == ["Koch in einer Hotelküche"]
    assert data["results"][0]["url"].startswith("/de/")
    assert client.get("/de/search/autocomplete/", {"q": '"*'}).json() == {"results": []}


def test_search_query_count_is_bounded(client, sections, django_assert_max_num_queries):
    for number in range(15):
        OpportunityPageFactory(parent=sections["DE"], title=f"Baker number {number}")
    client.get("/en/search/", {"q": "baker"})
    with django_assert_max_num_queries(30):
        response = client.get("/en/search/", {"q": "baker"})
    assert len(result_titles(response)) == 10
