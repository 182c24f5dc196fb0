"""Site search: locale scoping, aliases, content types, facets, promotions, tags, hostile input."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.factories import ContentPageFactory
from home.locales import sync_trees
from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

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
    assert "Our pick" not in client.get("/en/search/", {"q": "kitchen"}).content.decode()  # none yet (cached)
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
    with django_assert_max_num_queries(12):
        response = client.get("/en/search/", {"q": "baker"})
    assert len(result_titles(response)) == 10


def test_country_and_sector_labels_are_searchable_in_the_page_language(client, cook_pages):
    # "Deutschland" and "Gastgewerbe" are nowhere in the German page's own text: they are the
    # translated labels of its country and sector codes.
    assert result_titles(client.get("/de/search/", {"q": "Deutschland"})) == ["Koch in einer Hotelküche"]
    assert result_titles(client.get("/de/search/", {"q": "Gastgewerbe Koch"})) == ["Koch in einer Hotelküche"]
    assert result_titles(client.get("/en/search/", {"q": "Germany cook"}))[0] == "Cook in a hotel kitchen"
    assert result_titles(client.get("/en/search/", {"q": "Deutschland"})) == []


def test_words_match_as_prefixes_and_a_query_finding_nothing_is_relaxed(client, sections):
    OpportunityPageFactory(parent=sections["DE"], title="Apprentice in a bakery", summary="Bread and rolls.")
    assert result_titles(client.get("/en/search/", {"q": "bake"})) == ["Apprentice in a bakery"]
    # "bakeries" is in no page: with its end cut off, it finds the bakery
    assert result_titles(client.get("/en/search/", {"q": "bakeries"})) == ["Apprentice in a bakery"]
    # no page has both words: the search is relaxed, and says so
    relaxed = client.get("/en/search/", {"q": "bakery zanzibar"})
    assert result_titles(relaxed) == ["Apprentice in a bakery"]
    assert relaxed.context["relaxed"] and "No page has all of your words" in relaxed.content.decode()
    assert not client.get("/en/search/", {"q": "bakery"}).context["relaxed"]


def test_facet_labels_are_plural_words_of_the_language(client, cook_pages, home_page):
    ContentPageFactory(parent=home_page, title="Kitchen safety")
    labels = {f["param"]: str(f["label"]) for f in client.get("/en/search/", {"q": "kitchen"}).context["facets"]}
    assert labels == {"opportunities.opportunitypage": "Opportunities", "home.contentpage": "Information pages"}
    from django.utils.text import capfirst
    from wagtail.models import get_page_models

    from search.labels import PLURALS, facet_label

    for model in get_page_models():  # never Django's default "verbose_name + s" ("Startseites")
        declared = "verbose_name_plural" in model._meta.original_attrs or model._meta.label_lower in PLURALS
        label = facet_label(ContentType.objects.get_for_model(model))
        assert declared or label != capfirst(f"{model._meta.verbose_name}s"), model


def test_result_count_and_facets_come_from_the_same_set(client, home_page, sections):
    for number in range(12):
        OpportunityPageFactory(parent=sections["DE"], title=f"Garden helper {number}")
    ContentPageFactory(parent=home_page, title="Garden rules")
    response = client.get("/en/search/", {"q": "garden", "type": "opportunities.opportunitypage"})
    facets = {f["param"]: f["count"] for f in response.context["facets"]}
    assert facets == {"opportunities.opportunitypage": 12, "home.contentpage": 1}
    assert response.context["search_results"].paginator.count == 12
    assert len(result_titles(response)) == 10


def test_search_runs_at_most_three_queries(sections, home_page, django_assert_max_num_queries):
    from wagtail.models import Locale

    from search import query as site_search

    for number in range(15):
        OpportunityPageFactory(parent=sections["DE"], title=f"Baker number {number}")
    ContentPageFactory(parent=home_page, title="Baker rules")
    locale = Locale.objects.get(language_code="en")
    site_search.search(locale, "warm")[0][0:10]  # content types are cached by Django after the first search
    # facets (and the count from them), then one ranked page of specific pages of two types
    with django_assert_max_num_queries(2):
        results, facets = site_search.search(locale, "baker")
        count = results.count()
        page = results[0:10]
    assert count == 16 and len(page) == 10 and sum(facets.values()) == 16
    assert {type(result).__name__ for result in results[0:16]} == {"OpportunityPage", "ContentPage"}
    # a query that finds nothing is relaxed once: one more query
    with django_assert_max_num_queries(3):
        results, facets = site_search.search(locale, "bakerz")
        page = results[0:10]
    assert len(page) == 10


def test_the_same_search_again_costs_its_ranked_page_only_until_a_publication(
    client, sections, django_assert_num_queries
):
    from wagtail.models import Locale

    from search import query as site_search

    for number in range(12):
        OpportunityPageFactory(parent=sections["DE"], title=f"Baker number {number}")
    locale = Locale.objects.get(language_code="en")
    site_search.search(locale, "warm")[0][0:10]  # content types are cached by Django after the first search
    results, facets = site_search.search(locale, "baker")
    assert results.count() == 12
    # asked again (or its next page): the counts come from the content cache, one ranked query
    with django_assert_num_queries(1):
        results, facets = site_search.search(locale, "baker")
        assert results.count() == 12 and len(results[10:20]) == 2
    # another language, or other words, are counted afresh
    assert sum(site_search.search(Locale.objects.get(language_code="de"), "baker")[1].values()) == 0
    # a publication starts a new content generation: the new placement is counted
    OpportunityPageFactory(parent=sections["DE"], title="Baker number 12").save_revision().publish()
    assert site_search.search(locale, "baker")[0].count() == 13
    assert client.get("/en/search/", {"q": "baker"}).context["search_results"].paginator.count == 13


def test_the_same_page_of_a_search_again_reads_its_pages_by_id_in_the_same_order(client, sections):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    from search import query as site_search

    for number in range(12):
        summary = "Bakery placement. " + "baker " * (number % 4)  # so that they rank differently
        OpportunityPageFactory(parent=sections["DE"], title=f"Baker number {number}", summary=summary)
    locale = Locale.objects.get(language_code="en")
    first = [page.pk for page in site_search.search(locale, "baker")[0][0:10]]
    with CaptureQueriesContext(connection) as queries:
        again = [page.pk for page in site_search.search(locale, "baker")[0][0:10]]
    assert again == first  # the ranking kept, not re-ranked
    (query,) = queries.captured_queries
    assert "indexentry" not in query["sql"].lower()  # its pages by id, not through the search index
    # what a visitor sees: the same results, twice
    html = [client.get("/en/search/", {"q": "baker"}).content.decode() for _ in range(2)]
    titles = [re.findall(r"Baker(?:</mark>)? number (\d+)", page) for page in html]
    assert titles[0] == titles[1] and len(set(titles[0])) == 10
    # a page unpublished (a new content generation) is no longer among the results
    gone = OpportunityPage.objects.get(pk=first[0])
    gone.unpublish()
    assert first[0] not in [page.pk for page in site_search.search(locale, "baker")[0][0:10]]


def test_postgres_text_search_configuration_follows_the_language():
    from django.db import connection

    from search.backend import config_for

    expected = {"de": "german", "es": "spanish", "it": "italian", "fr": "french", "en": "english", "pl": "simple"}
    prefix = "pathway_" if connection.vendor == "postgresql" else ""  # accent-free copies (migration 0001)
    assert {code: config_for(code) for code in expected} == {code: prefix + name for code, name in expected.items()}
    assert config_for("pt-br").endswith("simple")


def test_few_pages_with_every_word_come_first_then_pages_with_some(
    client, sections, home_page, django_assert_max_num_queries
):
    from wagtail.models import Locale

    from search import query as site_search

    both = [OpportunityPageFactory(parent=sections["DE"], title=f"Baker in Leipzig {n}") for n in range(2)]
    for number in range(12):
        OpportunityPageFactory(parent=sections["ES"], title=f"Baker number {number}", city="Sevilla")
    response = client.get("/en/search/", {"q": "baker leipzig"})
    titles = result_titles(response)
    assert sorted(titles[:2]) == sorted(page.title for page in both)
    assert response.context["search_results"].paginator.count == 14 and len(titles) == 10
    assert "Few pages have all of your words" in response.content.decode()
    second = client.get("/en/search/", {"q": "baker leipzig", "page": 2})
    assert len(result_titles(second)) == 4 and not set(result_titles(second)) & set(titles)

    locale = Locale.objects.get(language_code="en")
    site_search.search(locale, "warm")[0][0:10]
    # every word, some words (count), then the ranked pages with every word and the others
    with django_assert_max_num_queries(4):
        results, facets = site_search.search(locale, "baker leipzig")
        page = results[0:10]
    assert len(page) == 10 and sum(facets.values()) == 14
    # enough pages with every word: no widening
    assert "Few pages have all" not in client.get("/en/search/", {"q": "baker number"}).content.decode()


def test_pages_under_a_view_restriction_are_not_results_and_return_when_it_is_lifted(client, home_page, sections):
    from wagtail.models import PageViewRestriction

    hidden = OpportunityPageFactory(parent=sections["DE"], title="Baker in a private section")
    OpportunityPageFactory(parent=sections["ES"], title="Baker in Sevilla")
    restriction = PageViewRestriction.objects.create(page=sections["DE"], restriction_type="password", password="x")
    assert result_titles(client.get("/en/search/", {"q": "baker"})) == ["Baker in Sevilla"]
    restriction.delete()  # the cached list of restricted sections is dropped with it
    assert set(result_titles(client.get("/en/search/", {"q": "baker"}))) == {"Baker in Sevilla", hidden.title}


def test_a_computed_search_field_runs_once_per_page_while_indexing(sections, monkeypatch):
    from wagtail.search.backends import get_search_backend

    from opportunities.models import OpportunityPage

    pages = [OpportunityPageFactory(parent=sections["DE"], title=f"Painter {n}") for n in range(3)]
    calls = []
    original = OpportunityPage.search_facts.__wrapped__

    def counted(self):
        calls.append(self.pk)
        return original(self)

    from home.search_values import search_value

    monkeypatch.setattr(OpportunityPage, "search_facts", search_value(counted))
    objects = list(OpportunityPage.get_indexed_objects().filter(pk__in=[page.pk for page in pages]))
    get_search_backend().get_index_for_model(OpportunityPage).add_items(OpportunityPage, objects)
    assert sorted(calls) == sorted(page.pk for page in pages)  # not once per index column
    calls.clear()
    pages[0].search_facts()
    pages[0].search_facts()
    assert calls == [pages[0].pk, pages[0].pk]  # outside indexing, never stale


def test_postgres_typos_are_found_through_indexed_trigrams(client, sections):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("trigram similarity is PostgreSQL's (SQLite has no fuzzy matching)")
    OpportunityPageFactory(parent=sections["DE"], title="Apprentice in a bakery", summary="Bread and rolls.")
    # "backery" is 0.5 like "bakery": found at the site's threshold, not at pg_trgm's default 0.6
    response = client.get("/en/search/", {"q": "backery"})
    assert result_titles(response) == ["Apprentice in a bakery"] and response.context["relaxed"]
    with connection.cursor() as cursor:
        cursor.execute("SHOW pg_trgm.word_similarity_threshold")
        assert float(cursor.fetchone()[0]) == 0.5
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'site_search_%%'")
        indexes = {row[0] for row in cursor.fetchall()}
    assert {"site_search_page_id_text", "site_search_title_trgm", "site_search_body_trgm"} <= indexes


def test_when_no_page_has_every_word_pages_with_more_of_the_words_come_first(client, sections):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite ranks relaxed queries by FTS5's bm25 alone")
    for number in range(6):
        OpportunityPageFactory(
            parent=sections["IT"], title=f"France, France: helper {number}", summary="In France, near France."
        )
    cook = OpportunityPageFactory(
        parent=sections["IT"], title="Hotel cook in France", summary="Work beside the head chef."
    )
    response = client.get("/en/search/", {"q": "chef pastry France"})  # no page has "pastry"
    assert response.context["relaxed"]
    assert result_titles(response)[0] == cook.title  # two of the three words, above one word many times
