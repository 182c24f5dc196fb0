"""The anonymous page cache: shared, short-lived, purged on publish, never for forms or personal pages."""

import pytest
from django.test import override_settings

from opportunities.factories import OpportunityPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("enable_page_cache")]


@pytest.fixture
def enable_page_cache():
    with override_settings(PATHWAY_PAGE_CACHE_SECONDS=60):
        yield


def test_second_anonymous_get_is_served_from_the_cache(client, sections, django_assert_num_queries):
    page = OpportunityPageFactory(parent=sections["DE"], title="Cached placement")
    first = client.get(page.url)
    assert first["X-Cache"] == "MISS"
    assert "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(page.url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_publishing_any_page_purges_the_listing_and_feeds(client, sections):
    OpportunityPageFactory(parent=sections["DE"], title="First placement")
    for path in ("/en/opportunities/", "/en/opportunities/feed/", "/api/v2/opportunities/"):
        assert client.get(path)["X-Cache"] == "MISS"
        assert client.get(path)["X-Cache"] == "HIT"
    OpportunityPageFactory(parent=sections["ES"], title="Second placement")  # publishes
    listing = client.get("/en/opportunities/")
    assert listing["X-Cache"] == "MISS"
    assert "Second placement" in listing.content.decode()
    assert client.get("/api/v2/opportunities/")["X-Cache"] == "MISS"


def test_unpublishing_purges(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], title="Soon gone")
    client.get("/en/opportunities/")
    page.unpublish()
    response = client.get("/en/opportunities/")
    assert response["X-Cache"] == "MISS"
    assert "Soon gone" not in response.content.decode()


def test_logged_in_visitors_and_posts_are_never_cached(client, sections, admin_user):
    OpportunityPageFactory(parent=sections["DE"])
    client.force_login(admin_user)
    client.get("/en/opportunities/")
    assert "X-Cache" not in client.get("/en/opportunities/")


def test_a_page_with_a_form_token_is_never_cached(client, rf, home_page):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from pathway.page_cache import AnonymousPageCacheMiddleware

    def view_with_form(request):
        return HttpResponse(f'<form method="post"><input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    middleware = AnonymousPageCacheMiddleware(view_with_form)
    for _ in range(2):
        response = middleware(rf.get("/en/some-form/"))
        assert "X-Cache" not in response


def test_errors_and_redirects_are_not_cached(client, home_page):
    assert "X-Cache" not in client.get("/en/no-such-page/")
    assert "X-Cache" not in client.get("/", HTTP_ACCEPT_LANGUAGE="de")


# --- Keys: the path and that page's known parameters only (issue 22) --------------------
def page_cache_entries():
    from django.core.cache import cache

    keys = cache.keys("*page-cache:*") if hasattr(cache, "keys") else list(cache._cache)  # Redis, local memory
    return len([key for key in keys if "page-cache:" in key and "generation" not in key])


def test_unknown_parameters_create_no_entries(client, sections):
    OpportunityPageFactory(parent=sections["DE"], title="Tracked placement")
    assert client.get("/en/opportunities/")["X-Cache"] == "MISS"
    for index in range(5):
        response = client.get(f"/en/opportunities/?utm_source=mail{index}&fbclid={index}")
        assert response["X-Cache"] == "HIT"
    assert page_cache_entries() == 1


def test_known_parameters_are_sorted_and_normalised(client, sections):
    OpportunityPageFactory(parent=sections["DE"], title="Filtered placement")
    assert client.get("/en/opportunities/?country=DE&sector=I")["X-Cache"] == "MISS"
    for same in ("?sector=I&country=DE", "?sector=I&country=DE&country=DE", "?country=DE&sector=I&q=&utm=1"):
        assert client.get("/en/opportunities/" + same)["X-Cache"] == "HIT", same
    assert client.get("/en/opportunities/?country=ES")["X-Cache"] == "MISS"
    assert page_cache_entries() == 2


def test_a_page_that_reads_no_parameter_has_one_entry(client, home_page):
    assert client.get("/en/")["X-Cache"] == "MISS"
    assert client.get("/en/?x=1")["X-Cache"] == "HIT"
    assert page_cache_entries() == 1


def test_normalised_query_per_kind_of_path():
    from django.http import QueryDict

    from pathway.page_cache import normalised_query

    assert normalised_query("/en/search/", QueryDict("q=a&q=b&country=DE&page=2&utm=1")) == "page=2&q=b"
    assert normalised_query("/en/search/autocomplete/", QueryDict("q=ab&page=3")) == "q=ab"
    assert normalised_query("/api/v2/opportunities/", QueryDict("locale=de&sort=title&x=1")) == "locale=de&sort=title"
    assert normalised_query("/sitemap.xml", QueryDict("p=2&q=1")) == "p=2"
    assert normalised_query("/en/about/", QueryDict("support=b&support=a&open=0&open=1")) == (
        "open=1&support=a&support=b"
    )


def test_a_very_long_query_is_served_uncached(client, sections):
    OpportunityPageFactory(parent=sections["DE"])
    response = client.get("/en/opportunities/?q=" + "x" * 600)
    assert response.status_code == 200
    assert "X-Cache" not in response


def _slow_page(calls, seconds=0.3):
    import time

    from django.http import HttpResponse

    def view(request):
        calls.append(request.path)
        if seconds:
            time.sleep(seconds)
        return HttpResponse(f"<p>render {len(calls)}</p>", content_type="text/html")

    return view


def test_a_missing_page_is_rendered_once_for_visitors_asking_at_the_same_time(rf):
    from concurrent.futures import ThreadPoolExecutor

    from pathway.page_cache import AnonymousPageCacheMiddleware

    calls = []
    middleware = AnonymousPageCacheMiddleware(_slow_page(calls))
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(lambda _: middleware(rf.get("/en/stampede/")), range(4)))
    assert calls == ["/en/stampede/"]
    assert sorted(response["X-Cache"] for response in responses) == ["HIT", "HIT", "HIT", "MISS"]
    assert {response.content for response in responses} == {b"<p>render 1</p>"}
    assert "s-maxage=60" in responses[0]["Cache-Control"]
    assert "stale-while-revalidate=60" in responses[0]["Cache-Control"]


def test_a_render_that_stores_nothing_does_not_hold_the_others(rf, monkeypatch):
    """A lock left by a crashed render: the next visitor waits WAIT_SECONDS at most, then renders."""
    import time

    from django.core.cache import cache

    from pathway import page_cache

    monkeypatch.setattr(page_cache, "WAIT_SECONDS", 0.3)
    calls = []
    middleware = page_cache.AnonymousPageCacheMiddleware(_slow_page(calls, seconds=0))
    request = rf.get("/en/crashed/")
    key = page_cache._key(request, "")
    cache.set(f"{key}:lock", 1, timeout=30)
    started = time.monotonic()
    response = middleware(request)
    assert 0.3 <= time.monotonic() - started < 2
    assert response["X-Cache"] == "MISS"
    assert calls == ["/en/crashed/"]


def test_with_the_cache_down_nobody_waits(rf, monkeypatch):
    from django.core.cache import cache

    from pathway import page_cache

    def no_waiting(seconds):
        raise AssertionError("waited for a cache that is down")

    monkeypatch.setattr(page_cache.time, "sleep", no_waiting)
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: None)  # django-redis, error ignored
    calls = []
    response = page_cache.AnonymousPageCacheMiddleware(_slow_page(calls, seconds=0))(rf.get("/en/down/"))
    assert response.status_code == 200
    assert calls == ["/en/down/"]
