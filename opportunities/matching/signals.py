"""Keep ``MatchEntry`` current.

- ``page_published``: (re)build the entry from the published page, child rows
  included (they are saved by then). Wagtail sends it for aliases too when
  their source is published.
- ``post_save`` of an *alias*: aliases have no drafts and are created live by
  wagtail-localize's tree synchronisation without a ``page_published``; their
  child rows are in memory on the instance at that point, which is what the
  entry is built from.
- ``page_unpublished`` and ``post_delete``: remove the entry.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished


def _is_opportunity(sender):
    from opportunities.models import OpportunityPage

    return isinstance(sender, type) and issubclass(sender, OpportunityPage)


@receiver(page_published, dispatch_uid="matching_page_published")
def opportunity_published(sender, instance, **kwargs):
    if _is_opportunity(sender):
        from .index import refresh_entry

        refresh_entry(instance)


@receiver(page_unpublished, dispatch_uid="matching_page_unpublished")
def opportunity_unpublished(sender, instance, **kwargs):
    if _is_opportunity(sender):
        from .index import remove_entry

        remove_entry(instance.pk)


@receiver(post_save, sender="opportunities.OpportunityPage", dispatch_uid="matching_alias_saved")
def alias_saved(sender, instance, created, update_fields=None, **kwargs):
    if instance.alias_of_id and not kwargs.get("raw"):
        from .index import refresh_entry

        refresh_entry(instance)


@receiver(post_delete, sender="opportunities.OpportunityPage", dispatch_uid="matching_page_deleted")
def opportunity_deleted(sender, instance, **kwargs):
    from .index import remove_entry

    remove_entry(instance.pk)
