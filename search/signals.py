"""Keep the search index right after publishing.

Wagtail indexes a page when it is saved, which is before a page's child rows
and tags are saved (modelcluster commits them after the row): a freshly
published page would not be found by its tags. Re-index on ``page_published``,
when everything is stored.
"""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    index.insert_or_update_object(instance.specific)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="site_search_reindex_published_page")
