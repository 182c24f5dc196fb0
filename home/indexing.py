"""Saving many objects without indexing each save: once at the end, or not at all.

Every save of an indexed model re-indexes it for site search (modelsearch's ``post_save``
handler) and rewrites its rows in Wagtail's reference index. An imported placement is saved a
dozen times (the page, its revision, five aliases and their child rows), so most of an import's
time went into indexing objects that are saved again a moment later.

- ``indexing_batched()``: inside the block, in this thread only, saves are recorded instead of
  indexed; leaving the block indexes each saved object once, in bulk (search backends with
  auto-update, then the reference index). Put it inside the transaction that writes, so that the
  index rows (database backends) commit or roll back with the content. The spreadsheet import
  uses it.
- ``indexing_deferred()``: nothing is indexed nor recorded; the caller rebuilds both indexes at
  the end (``update_index``, ``rebuild_references_index``), as the demo content loader does. The
  block yields a note whose ``saved`` says whether anything at all was saved in it, so that a
  run that found everything in place can leave the indexes alone.

Both are per thread (the admin's other requests, served meanwhile, index as usual). To switch
per thread, modelsearch's own ``post_save`` handler is replaced, the first time either block is
entered, by one that calls it unless the thread is batching; outside the blocks behaviour is
unchanged.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import signal_handlers as search_signal_handlers
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

CHUNK = 500

_local = threading.local()
_install_lock = threading.Lock()
_installed = False


class _Deferred:
    """The pending value of a deferred block: nothing is recorded, only that something was saved."""

    saved = False


def _search_post_save(sender, instance, **kwargs):
    pending = getattr(_local, "pending", None)
    if pending is None:
        search_signal_handlers.post_save_signal_handler(instance, **kwargs)


def index_object(instance):
    """Index ``instance`` for site search now, or with the thread's batch (or not, deferred)."""
    pending = getattr(_local, "pending", None)
    if pending is None:
        index.insert_or_update_object(instance)
    elif not isinstance(pending, _Deferred):
        pending.setdefault(type(instance), set()).add(instance.pk)


def _record_save(sender, instance, raw=False, **kwargs):
    pending = getattr(_local, "pending", None)
    if pending is None or raw:
        return
    if isinstance(pending, _Deferred):
        pending.saved = True
        return
    pending.setdefault(type(instance), set()).add(instance.pk)


def _install():
    """Route indexed models' saves through ``_search_post_save`` (once per process). Ours is
    connected before modelsearch's is removed, so that no save goes unindexed meanwhile."""
    global _installed
    with _install_lock:
        if _installed:
            return
        for model in index.get_indexed_models():
            if not getattr(model, "search_auto_update", True):
                continue
            post_save.connect(_search_post_save, sender=model, dispatch_uid=f"pathway_search_{model._meta.label}")
            post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
        post_save.connect(_record_save, dispatch_uid="pathway_record_save")
        _installed = True


@contextmanager
def _switched(pending):
    _install()
    if getattr(_local, "pending", None) is not None:  # nested: the outer block decides
        yield
        return
    _local.pending = pending
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _local.pending = None


@contextmanager
def indexing_deferred():
    """Save without indexing (search and references); the caller rebuilds both indexes.

    Yields a note: its ``saved`` is True once anything is saved in the block (in this thread).
    """
    note = _Deferred()
    with _switched(note):
        yield note


@contextmanager
def indexing_batched():
    """Save without indexing; on leaving, index each object saved inside the block once."""
    pending = {}
    with _switched(pending):
        yield
    index_objects(pending)


def index_objects(pending):
    """Index ``{model: {pk, ...}}`` in the search backends and the reference index, in chunks."""
    indexed_models = set(index.get_indexed_models())
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in pending.items():
        pks = sorted(pks)
        for start in range(0, len(pks), CHUNK):
            chunk = pks[start : start + CHUNK]
            if model in indexed_models and getattr(model, "search_auto_update", True) and backends:
                by_type = {}
                for instance in model.get_indexed_objects().filter(pk__in=chunk):
                    instance = instance.get_indexed_instance()  # a page's specific instance
                    if instance is not None:
                        by_type.setdefault(type(instance), []).append(instance)
                for backend in backends:
                    for indexed_model, objects in by_type.items():
                        backend.add_bulk(indexed_model, objects)
            if ReferenceIndex.is_indexed(model):
                for instance in model._default_manager.filter(pk__in=chunk):
                    ReferenceIndex.create_or_update_for_object(instance)
