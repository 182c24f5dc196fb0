"""The search log: Wagtail's hit counts for every new search, the words and language of searches
that found nothing, cached pages counted too, the editors' report, the purge."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import DatabaseError
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from home.roles import editors_group_name, setup_roles
from home.testing import verified_login
from opportunities.factories import OpportunityPageFactory
from search.log import HEADER
from search.models import NoResultSearch

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]


@pytest.fixture
def search_index(settings):
    backends = {name: {**config, "AUTO_UPDATE": True} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    settings.WAGTAILSEARCH_BACKENDS = backends


@pytest.fixture
def baker(sections, home_page):
    return OpportunityPageFactory(parent=sections["DE"], title="Baker in Leipzig", summary="Bake bread.")


def hits(words):
    return sum(QueryDailyHits.objects.filter(query__query_string=words).values_list("hits", flat=True))


def no_result_rows():
    return list(NoResultSearch.objects.values_list("query__query_string", "language", "hits"))


def test_every_new_search_is_counted_by_its_words_and_the_header_stays_inside(client, baker):
    response = client.get("/en/search/", {"q": "  Baker "})
    assert response.status_code == 200 and HEADER not in response.headers
    client.get("/en/search/", {"q": "baker"})
    assert hits("baker") == 2
    assert no_result_rows() == []  # it found something


def test_a_search_that_finds_nothing_is_logged_with_its_language(client, baker):
    client.get("/en/search/", {"q": "Astronaut"})
    client.get("/en/search/", {"q": "astronaut"})
    client.get("/de/search/", {"q": "Astronaut"})
    assert sorted(no_result_rows()) == [("astronaut", "de", 1), ("astronaut", "en", 2)]
    assert hits("astronaut") == 3


def test_turning_pages_narrowing_by_type_and_empty_queries_are_not_new_searches(client, baker):
    client.get("/en/search/", {"q": "baker", "page": "2"})
    client.get("/en/search/", {"q": "baker", "type": "opportunities.opportunitypage"})
    client.head("/en/search/", {"q": "baker"})
    client.get("/en/search/", {"q": "   "})
    client.get("/en/search/")
    assert QueryDailyHits.objects.count() == 0 and NoResultSearch.objects.count() == 0


def test_searches_served_from_the_page_cache_are_counted(client, baker, settings):
    settings.PATHWAY_PAGE_CACHE_SECONDS = 60
    first = client.get("/en/search/", {"q": "astronaut"})
    second = client.get("/en/search/", {"q": "astronaut"})
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert HEADER not in second.headers
    assert no_result_rows() == [("astronaut", "en", 2)]


def test_a_database_error_while_logging_still_serves_the_page(client, baker, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(Query, "get", broken)
    response = client.get("/en/search/", {"q": "secret words"})
    assert response.status_code == 200
    assert "Could not log a search" in caplog.text and "secret" not in caplog.text


def test_the_purge_keeps_only_the_last_days(baker, settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    query = Query.get("astronaut")
    today = timezone.localdate()
    for days_ago in (0, 29, 31):
        NoResultSearch.objects.create(
            query=query, language="en", date=today - datetime.timedelta(days=days_ago), hits=1
        )
        QueryDailyHits.objects.create(query=query, date=today - datetime.timedelta(days=days_ago), hits=1)
    call_command("purge_search_log", stdout=io.StringIO())
    kept = sorted((today - date).days for date in NoResultSearch.objects.values_list("date", flat=True))
    assert kept == [0, 29]
    assert QueryDailyHits.objects.count() == 2


@pytest.fixture
def german_editor(django_user_model, sections):
    setup_roles(log=lambda *args: None)
    user = django_user_model.objects.create_user("editor-de", password="x" * 16)
    user.groups.add(Group.objects.get(name=editors_group_name("DE")))
    return user


def test_editors_read_the_report_of_searches_with_no_result(client, baker, german_editor):
    for language, words, times in (("de", "Altenpflege", 3), ("en", "astronaut", 1), ("en", "baker", 2)):
        for _ in range(times):
            client.get(f"/{language}/search/", {"q": words})
    verified_login(client, german_editor)
    response = client.get("/admin/reports/searches-with-no-result/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "altenpflege" in html and "German" in html and "astronaut" in html and ">baker<" not in html
    rows = [(row["query_string"], row["language"], row["searches"]) for row in response.context["object_list"]]
    assert rows == [("altenpflege", "de", 3), ("astronaut", "en", 1)]  # most searched first

    german = client.get("/admin/reports/searches-with-no-result/", {"language": "de"})
    assert [row["query_string"] for row in german.context["object_list"]] == ["altenpflege"]

    export = client.get("/admin/reports/searches-with-no-result/", {"export": "csv"})
    lines = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0].split(",")[:3] == ["Search term(s)", "Language", "Searches"]
    assert lines[1].startswith("altenpflege,de,3,")

    assert "searches-with-no-result" in client.get("/admin/").content.decode()  # in the Reports menu


def test_the_report_is_for_signed_in_editors_only(client, baker):
    response = client.get("/admin/reports/searches-with-no-result/")
    assert response.status_code == 302 and "/login" in response["Location"]


def test_punctuation_is_left_out_and_contact_data_is_never_stored(client, baker):
    client.get("/en/search/", {"q": "Baker!!"})
    assert hits("baker") == 1
    for q in ("anna.kowalska@example.org", "0171 2345678", "call 0171-23 45 67"):
        client.get("/en/search/", {"q": q})
    assert sorted(Query.objects.values_list("query_string", flat=True)) == ["baker"]
    assert NoResultSearch.objects.count() == 0


def test_a_search_that_failed_is_not_logged_as_finding_nothing(client, baker, monkeypatch):
    from search import query as site_search

    def broken(self, queryset):
        raise DatabaseError("index unavailable")

    monkeypatch.setattr(site_search.FullText, "facets", broken)
    assert client.get("/en/search/", {"q": "astronaut"}).status_code == 200
    assert NoResultSearch.objects.count() == 0 and QueryDailyHits.objects.count() == 0
