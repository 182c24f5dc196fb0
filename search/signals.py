"""Keep the search index right after publishing; set each PostgreSQL connection's similarity
threshold.

Wagtail indexes a page when it is saved, which is before a page's child rows
and tags are saved (modelcluster commits them after the row): a freshly
published page would not be found by its tags. Re-index on ``page_published``,
when everything is stored.
"""

from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.signals import page_published

from home import content_cache
from home.indexing import index_object

from . import backend


def reindex_published_page(sender, instance, **kwargs):
    index_object(instance.specific)  # with the thread's batch, if it is saving many pages


def set_similarity_threshold(sender, connection, **kwargs):
    """pg_trgm's ``<%`` (the relaxed search's filter) at SIMILARITY_THRESHOLD, set once per
    connection rather than by one more query in each search that needs it."""
    if connection.vendor == "postgresql":
        backend.use_similarity_threshold(connection)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="site_search_reindex_published_page")
    connection_created.connect(set_similarity_threshold, dispatch_uid="site_search_similarity_threshold")
    # Editors' picks are kept in the content cache (search.views.promotions): a change renews it.
    for signal in (post_save, post_delete):
        signal.connect(content_cache.bump, sender=SearchPromotion, dispatch_uid=f"site_search_promotions_{signal}")
