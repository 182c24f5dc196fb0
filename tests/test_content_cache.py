"""The lookups every public request made, from the cache (``home.content_cache``): the site, the
home page in the request's language, "no page is restricted"; each is dropped when an editor
changes what it was computed from."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction, Site

from home import content_cache
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

DUMMY_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


@pytest.fixture
def placement(sections):
    return OpportunityPageFactory(parent=sections["DE"], title="Cook in Munich", summary="Cook with a team.")


def test_restricting_a_page_takes_effect_at_once_page_cache_included(client, placement):
    with override_settings(PATHWAY_PAGE_CACHE_SECONDS=60):
        for _ in range(2):  # the second is served from the page cache
            assert "Cook with a team." in client.get(placement.url).content.decode()
        assert "Cook in Munich" in client.get("/en/opportunities/").content.decode()

        PageViewRestriction.objects.create(page=placement, restriction_type="password", password="secret")

        response = client.get(placement.url)
        assert "Cook with a team." not in response.content.decode()
        assert 'name="password"' in response.content.decode()
        assert "Cook in Munich" not in client.get("/en/opportunities/").content.decode()


def test_lifting_the_restriction_shows_the_page_again(client, placement):
    restriction = PageViewRestriction.objects.create(page=placement, restriction_type="password", password="secret")
    assert "Cook with a team." not in client.get(placement.url).content.decode()
    restriction.delete()
    assert "Cook with a team." in client.get(placement.url).content.decode()


def test_a_site_change_is_seen_by_the_next_request(client, placement, rf):
    request = rf.get("/en/", HTTP_HOST="localhost")
    assert content_cache.site_for_request(request).site_name == "VET Pathway"
    site = Site.objects.get()
    site.site_name = "VET Pathway Europe"
    site.save()
    assert content_cache.site_for_request(rf.get("/en/", HTTP_HOST="localhost")).site_name == "VET Pathway Europe"


def test_the_home_page_of_each_language_is_served_and_a_publication_replaces_it(client, home_page, translate):
    german = translate(home_page, "de", {home_page.hero_heading: "Praktika in Europa"})
    assert "Praktika in Europa" in client.get("/de/").content.decode()
    assert home_page.hero_heading in client.get("/en/").content.decode()

    german.hero_heading = "Ausbildung in Europa"
    german.save_revision().publish()
    assert "Ausbildung in Europa" in client.get("/de/").content.decode()


def test_with_a_failing_cache_every_lookup_goes_to_the_database(client, placement):
    with override_settings(CACHES=DUMMY_CACHE):
        assert "Cook with a team." in client.get(placement.url).content.decode()
        PageViewRestriction.objects.create(page=placement, restriction_type="password", password="secret")
        assert "Cook with a team." not in client.get(placement.url).content.decode()


def test_lookups_are_one_per_generation(client, placement, django_assert_num_queries):
    client.get(placement.url)
    first = content_cache.generation()
    with django_assert_num_queries(0):
        assert content_cache.any_view_restriction() is False
    placement.save_revision().publish()
    assert content_cache.generation() == first + 1
