"""Pre-render the passport booklet when a passport page is published.

On ``page_published`` (a passport page, or its alias in another language updated with it), the
generic booklet (no opportunity) is handed to the project's task backend once the transaction
commits: in production the worker renders it, in development it is rendered at once. Either way
the first visitor of ``/passport/pdf/`` gets it from the cache. The task carries only the page's
id; a failure is logged and never breaks the publication.
"""

import logging

from django.db import transaction
from wagtail.signals import page_published

from home.tasks import enqueue

from .models import PassportPage
from .pdf import prerender_booklet

logger = logging.getLogger(__name__)


def _enqueue_prerender(page_id):
    try:
        enqueue(prerender_booklet, page_id)
    except Exception:  # the task store is down, say: the first visitor renders it instead
        logger.exception("Could not queue the pre-rendering of passport page %s's booklet.", page_id)


def passport_published(sender, instance, **kwargs):
    """``page_published`` receiver: queue the booklet once the publication is committed."""
    page_id = instance.pk
    transaction.on_commit(lambda: _enqueue_prerender(page_id))


def connect():
    page_published.connect(passport_published, sender=PassportPage, dispatch_uid="passport_pdf_prerender")
