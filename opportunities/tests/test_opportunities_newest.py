""" "Newest" is ``source_first_published_at``: the source page's first publication, the same in
every translation and alias, used by the listing's ``sort=newest`` and the RSS feed."""

import datetime
import importlib
import re

import pytest
from django.apps import apps
from django.utils import timezone

from home.locales import sync_trees
from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db
DAYS = datetime.timedelta


def titles(response):
    assert response.status_code == 200
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def published_ago(page, days):
    """Pretend ``page`` (and every page of its key) was first published ``days`` ago."""
    when = (timezone.now() - DAYS(days)).replace(microsecond=0)
    OpportunityPage.objects.filter(translation_key=page.translation_key).update(
        first_published_at=when, source_first_published_at=when
    )
    return when


def values(page):
    """``{language: source_first_published_at}`` of the placement's pages."""
    return dict(
        OpportunityPage.objects.filter(translation_key=page.translation_key).values_list(
            "locale__language_code", "source_first_published_at"
        )
    )


@pytest.fixture
def placements(home_page, opportunity_index, sections, translate):
    """Two older English placements (one translated into German just now) and one published now.

    The German tree holds aliases of everything else (the home page is translated, the rest
    synchronised), as the demo and the editors' workflow leave it.
    """
    older = OpportunityPageFactory(parent=sections["DE"], title="Bakery in Leipzig", slug="bakery")
    old = OpportunityPageFactory(parent=sections["ES"], title="Hotel in Valencia", slug="hotel", country="ES")
    published_ago(older, 30)
    published_ago(old, 10)
    translate(home_page, "de", {"Home": "Startseite"})
    sync_trees()
    # The German translation of the oldest placement goes live now: it must not become "newest".
    OpportunityPage.objects.filter(translation_key=older.translation_key, locale__language_code="de").delete()
    translate(older, "de", {"Bakery in Leipzig": "Bäckerei in Leipzig"})
    new = OpportunityPageFactory(parent=sections["IT"], title="Farm in Tuscany", slug="farm", country="IT")
    sync_trees()
    return {"older": older, "old": old, "new": new}


def test_first_publication_of_the_source_is_shared_by_translations_and_aliases(placements):
    for page in placements.values():
        page.refresh_from_db()
        by_language = values(page)
        assert by_language["de"] == by_language["en"] == page.source_first_published_at is not None
    older = placements["older"]
    german = OpportunityPage.objects.get(translation_key=older.translation_key, locale__language_code="de")
    assert german.alias_of_id is None and german.title == "Bäckerei in Leipzig"
    assert german.first_published_at > older.source_first_published_at  # the translation is new...
    assert german.source_first_published_at == older.source_first_published_at  # ...the placement is not


def test_newest_first_is_the_same_in_every_language(client, placements):
    english = titles(client.get("/en/opportunities/", {"sort": "newest"}))
    german = titles(client.get("/de/opportunities/", {"sort": "newest"}))
    assert english == ["Farm in Tuscany", "Hotel in Valencia", "Bakery in Leipzig"]
    assert german == ["Farm in Tuscany", "Hotel in Valencia", "Bäckerei in Leipzig"]


def test_republishing_keeps_the_first_publication(placements):
    new = OpportunityPage.objects.get(pk=placements["new"].pk)
    first = new.source_first_published_at
    # An editor's next draft starts from the latest revision, then is published.
    draft = new.get_latest_revision_as_object()
    draft.summary = "Changed."
    draft.save_revision().publish()
    assert set(values(new).values()) == {first}
    aliases = OpportunityPage.objects.filter(alias_of=new)
    assert aliases.exists()
    for alias in aliases:
        assert alias.summary == "Changed." and alias.source_first_published_at == first


def test_rss_feed_lists_newest_first(client, placements):
    body = client.get("/de/opportunities/feed/").content.decode()
    items = re.findall(r"<item><title>([^<]+)</title>", body)
    assert items == ["Farm in Tuscany", "Hotel in Valencia", "Bäckerei in Leipzig"]


def test_migration_fills_existing_placements_from_the_source(placements):
    expected = {name: values(page)["en"] for name, page in placements.items()}
    OpportunityPage.objects.update(source_first_published_at=None)
    migration = importlib.import_module("opportunities.migrations.0006_fill_source_first_published_at")
    migration.fill(apps, None)
    for name, page in placements.items():
        assert set(values(page).values()) == {expected[name]}, name
