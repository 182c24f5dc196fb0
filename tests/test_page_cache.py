"""The anonymous page cache: shared, short-lived, purged on publish, never for forms or personal pages."""

import pytest
from django.test import override_settings

from tests.factories import OpportunityPageFactory

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
