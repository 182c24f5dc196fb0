"""Routing in one query (home.routing) answers as Wagtail's walk down the tree would."""

import pytest

from home.factories import ContentPageFactory
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db


def test_a_placement_is_found_below_its_section(client, sections):
    page = OpportunityPageFactory(parent=sections["DE"], title="Cook in Berlin")
    response = client.get(page.url)
    assert response.status_code == 200 and "Cook in Berlin" in response.content.decode()
    assert client.get(page.url + "nothing-here/").status_code == 404
    assert client.get(sections["DE"].url + "nothing-here/").status_code == 404


def test_a_sub_route_of_a_routable_page_answers_before_a_child_with_the_same_slug(client, opportunity_index):
    # Wagtail asks the listing's own routes (feed/, follow/) before its children.
    ContentPageFactory(parent=opportunity_index, slug="follow", title="A page called follow")
    response = client.get(opportunity_index.url + "follow/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Follow this search</h1>" in html and "A page called follow" not in html


def test_drafts_and_deep_paths_are_not_found(client, sections):
    draft = OpportunityPageFactory(parent=sections["DE"])
    draft.unpublish()
    assert client.get(f"{sections['DE'].url}{draft.slug}/").status_code == 404
    assert client.get("/en/" + "a/" * 40).status_code == 404


def test_the_pages_on_a_path_are_found_by_an_index_not_by_reading_every_page():
    """``home.routing`` looks pages up by ``url_path``, which Wagtail does not index: migration
    ``home.0003`` does, or each request reads the whole page table (35 ms at 100,000 pages)."""
    from django.db import connection
    from wagtail.models import Page

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Page._meta.db_table)
    assert any(c["index"] and c["columns"] == ["url_path"] for c in constraints.values())


def test_a_page_routed_again_costs_no_query_until_a_publication(client, sections, django_assert_num_queries):
    page = OpportunityPageFactory(parent=sections["DE"], title="Cook in Berlin", rows__languages=[("de", "B1")])
    client.get(page.url)  # routed, and kept with its child rows (public_prefetch)
    with django_assert_num_queries(0):
        response = client.get(page.url)
    assert "Cook in Berlin" in response.content.decode()

    page.title = "Cook in Munich"
    page.save_revision().publish()  # a new content generation
    response = client.get(page.url)
    html = response.content.decode()
    assert "Cook in Munich" in html and "Cook in Berlin" not in html
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_paths_that_lead_nowhere_are_not_kept(client, sections, monkeypatch):
    from home import content_cache

    real, kept = content_cache.cache, []

    class Recording:
        def __getattr__(self, name):
            return getattr(real, name)

        def set(self, key, *args, **kwargs):
            kept.append(key)
            return real.set(key, *args, **kwargs)

    monkeypatch.setattr(content_cache, "cache", Recording())
    for number in range(5):
        assert client.get(f"{sections['DE'].url}made-up-{number}/").status_code == 404
    assert not [key for key in kept if ":route:" in key]
    page = OpportunityPageFactory(parent=sections["DE"])
    assert client.get(page.url).status_code == 200
    assert len([key for key in kept if ":route:" in key]) == 1
