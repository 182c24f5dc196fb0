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
