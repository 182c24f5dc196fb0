"""Keep the search index right after publishing.

Wagtail indexes a page when it is saved, which is before a page's child rows
and tags are saved (modelcluster commits them after the row): a freshly
published page would not be found by its tags. Re-index on ``page_published``,
when everything is stored.
"""

from wagtail.signals import page_published

from home.indexing import index_object


def reindex_published_page(sender, instance, **kwargs):
    index_object(instance.specific)  # with the thread's batch, if it is saving many pages


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="site_search_reindex_published_page")
