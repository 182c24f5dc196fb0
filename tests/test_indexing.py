"""Saving many pages and indexing them once (``home.indexing``): what the spreadsheet import and
the demo content loader rely on."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import ReferenceIndex

from enterprises.factories import EnterprisePageFactory
from home import indexing
from home.factories import ContentPageFactory
from home.models import ContentPage
from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def search_index(settings):
    """Keep the search index up to date (off in the test settings)."""
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**config, "AUTO_UPDATE": True} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }


def found(model, words):
    return [page.pk for page in model.objects.search(words)]


def references_to(page):
    return set(ReferenceIndex.get_references_to(page).values_list("object_id", flat=True))


def test_outside_a_block_every_save_is_indexed_as_wagtail_does(home_page):
    page = ContentPageFactory(parent=home_page, title="Quokka workshop")
    with indexing.indexing_batched():
        pass  # the handlers are now ours: outside a block they still index each save
    other = ContentPageFactory(parent=home_page, title="Quokka kitchen")
    assert set(found(type(page), "quokka")) == {page.pk, other.pk}


def test_batched_saves_are_indexed_once_when_the_block_ends(home_page, monkeypatch):
    host = EnterprisePageFactory(parent=home_page, title="Hotel Adler")
    added = []

    with transaction.atomic(), indexing.indexing_batched():
        placement = OpportunityPageFactory(parent=home_page, title="Axolotl keeper", host_organisation=host)
        placement.title = "Axolotl keeper in Bremen"
        placement.save()
        placement.save_revision()
        assert found(OpportunityPage, "axolotl") == []  # nothing indexed inside the block
        assert placement.pk not in references_to(host)

        from wagtail.search.backends import get_search_backends

        backend = next(iter(get_search_backends(with_auto_update=True)))
        real_add_bulk = type(backend).add_bulk

        def counting_add_bulk(self, model, objects):
            added.extend((model, obj.pk) for obj in objects)
            return real_add_bulk(self, model, objects)

        monkeypatch.setattr(type(backend), "add_bulk", counting_add_bulk)

    assert found(OpportunityPage, "axolotl bremen") == [placement.pk]
    assert str(placement.pk) in {str(pk) for pk in references_to(host)}
    assert added.count((OpportunityPage, placement.pk)) == 1  # saved three times, indexed once


def test_a_failed_block_indexes_nothing_and_leaves_the_thread_as_it_was(home_page):
    with pytest.raises(RuntimeError), transaction.atomic(), indexing.indexing_batched():
        ContentPageFactory(parent=home_page, title="Narwhal lesson")
        raise RuntimeError("the import stops")
    assert getattr(indexing._local, "pending", None) is None
    after = ContentPageFactory(parent=home_page, title="Narwhal class")
    assert found(type(after), "narwhal") == [after.pk]


def test_deferred_saves_are_not_indexed_at_all(home_page):
    with indexing.indexing_deferred() as note:
        page = ContentPageFactory(parent=home_page, title="Pangolin walk")
        indexing.index_object(page)  # what a publication asks for
    assert found(type(page), "pangolin") == []
    assert note.saved


def test_a_deferred_block_notes_whether_anything_was_saved(home_page):
    with indexing.indexing_deferred() as note:
        ContentPage.objects.filter(pk=home_page.pk).exists()  # reads only
    assert not note.saved
    with indexing.indexing_deferred() as note:
        Group.objects.create(name="Saved in the block")
    assert note.saved


class Saved:
    def __init__(self, pk):
        self.pk = pk


def test_a_batch_is_this_threads_only(monkeypatch):
    indexed, batched = [], []
    monkeypatch.setattr(indexing.index, "insert_or_update_object", lambda instance: indexed.append(instance.pk))
    monkeypatch.setattr(indexing, "index_objects", batched.append)
    thread = threading.Thread(target=lambda: indexing.index_object(Saved("another request's page")))

    with indexing.indexing_batched():
        indexing.index_object(Saved("the import's page"))  # recorded for the end of the block
        thread.start()
        thread.join()
        assert indexed == ["another request's page"]
    assert batched == [{Saved: {"the import's page"}}]
