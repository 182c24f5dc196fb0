"""Keep ``MatchEntry`` current; connected by ``MatchingConfig.ready()``.

- ``page_published``: (re)build the entry from the published page, child rows
  included (they are saved by then). Wagtail sends it for aliases too when
  their source is published.
- ``post_save`` of an *alias*: aliases have no drafts and are created live by
  wagtail-localize's tree synchronisation without a ``page_published``; their
  child rows are in memory on the instance at that point, which is what the
  entry is built from.
- ``page_unpublished`` and ``post_delete``: remove the entry.
- ``opportunities_bulk_loaded`` (``opportunities.bulk`` inserts rows without
  model signals): rebuild the entries of that locale.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from opportunities.models import OpportunityPage
from opportunities.signals import opportunities_bulk_loaded

from . import index


def _is_opportunity(sender):
    return isinstance(sender, type) and issubclass(sender, OpportunityPage)


def opportunity_published(sender, instance, **kwargs):
    if _is_opportunity(sender):
        index.refresh_entry(instance)


def opportunity_unpublished(sender, instance, **kwargs):
    if _is_opportunity(sender):
        index.remove_entry(instance.pk)


def alias_saved(sender, instance, created, update_fields=None, **kwargs):
    if instance.alias_of_id and not kwargs.get("raw"):
        index.refresh_entry(instance)


def opportunity_deleted(sender, instance, **kwargs):
    index.remove_entry(instance.pk)


def opportunities_loaded(sender, locale=None, log=print, **kwargs):
    index.rebuild(locale, log)


def connect():
    page_published.connect(opportunity_published, dispatch_uid="matching_page_published")
    page_unpublished.connect(opportunity_unpublished, dispatch_uid="matching_page_unpublished")
    post_save.connect(alias_saved, sender=OpportunityPage, dispatch_uid="matching_alias_saved")
    post_delete.connect(opportunity_deleted, sender=OpportunityPage, dispatch_uid="matching_page_deleted")
    opportunities_bulk_loaded.connect(opportunities_loaded, dispatch_uid="matching_opportunities_bulk_loaded")
