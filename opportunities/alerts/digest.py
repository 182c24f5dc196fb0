"""The digests: for each due alert, the placements first published since its last digest.

    send_digests()  # run hourly by ``manage.py send_alert_digests`` (in ``run_scheduled``)

Due alerts are grouped by (language, filters): each group's placements are looked up once,
through the listing's own filters over the live placements of that language's listing
(translations, and aliases of pages not translated yet, as the listing shows them), then
shared out to the group's alerts by each alert's own start (its last digest, or its
confirmation). "New" is the source page's first publication
(``OpportunityPage.source_first_published_at``, the same in every language), so a placement
translated later is not new again. An alert with nothing new gets no email and stays due.

Alerts are handled in batches; in each batch the emails are queued and ``last_sent_at`` set in
one transaction, so a second run (or one running beside it) sends nothing twice.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Min
from django.http import QueryDict
from django.utils import formats, timezone, translation
from wagtail.models import Locale

from home.public_urls import page_url
from opportunities.filters import LISTING
from opportunities.models import OpportunityIndexPage

from . import emails, services
from .models import Alert

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
MAX_LISTED = 20  # placements listed in one email; the rest are counted and linked
MAX_PER_GROUP = 200  # new placements described per group (newest first); all of them are counted


@dataclass
class Outcome:
    due: int = 0
    sent: int = 0
    nothing_new: int = 0
    failed: int = 0
    groups: int = 0
    notes: list = field(default_factory=list)


def index_page(language, cache):
    """The live opportunity listing of ``language`` (looked up once per language and run)."""
    if language not in cache:
        locale = Locale.objects.filter(language_code=language).first()
        cache[language] = (
            OpportunityIndexPage.objects.live().filter(locale=locale).first() if locale is not None else None
        )
    return cache[language]


def new_placements(index, filters, since, until):
    """``([(first published, placement)], [first published, ...])``, newest first: live placements of
    the index page's language matching ``filters``, first published in ``(since, until]``; the
    first :data:`MAX_PER_GROUP` as pages, and the publication times of all of them (the counts)."""
    placements = index.opportunities().filter(source_first_published_at__gt=since, source_first_published_at__lte=until)
    results = LISTING.run(QueryDict(filters), placements).results
    results = results.order_by("-source_first_published_at", "translation_key")
    pages = results.select_related("locale").defer_streamfields()[:MAX_PER_GROUP]
    found = [(page.source_first_published_at, page) for page in pages]
    if len(found) < MAX_PER_GROUP:
        return found, [published for published, _page in found]
    return found, list(results.values_list("source_first_published_at", flat=True))


def describe(index, filters):
    """The search's filters as labels (the listing's chips), in the active language."""
    return [chip["label"] for chip in LISTING.run(QueryDict(filters), index.opportunities()).chips]


def item(page):
    """One placement as a digest lists it, in the active language."""
    return {
        "title": page.title,
        "country": page.get_country_display_label(),
        "sector": page.get_sector_display_label(),
        "deadline": formats.date_format(page.application_deadline, "DATE_FORMAT"),
        "url": page_url(page),
    }


def send_digests(now=None, batch_size=BATCH_SIZE):
    """Send every due digest; returns an :class:`Outcome`."""
    now = now or timezone.now()
    outcome = Outcome()
    indexes = {}
    due = Alert.objects.due(now)
    groups = list(due.order_by("language", "filters").values_list("language", "filters").distinct())
    for language, filters in groups:
        outcome.groups += 1
        group = due.filter(language=language, filters=filters)
        summary = group.aggregate(earliest=Min("since"), count=Count("pk"))
        outcome.due += summary["count"]
        index = index_page(language, indexes)
        if index is None:
            outcome.notes.append(f"No live opportunity listing in {language!r}: {summary['count']} alert(s) wait.")
            outcome.nothing_new += summary["count"]
            continue
        found, published_times = new_placements(index, filters, summary["earliest"], now)
        if not found:
            outcome.nothing_new += summary["count"]
            continue
        with translation.override(language):
            listed = [(published, item(page)) for published, page in found]
            context = {
                "search": describe(index, filters),
                "follow_url": services.follow_url(index, filters),
                "listing_url": services.listing_url(index, filters),
            }
        last_pk = 0
        while True:
            with transaction.atomic():
                batch = list(
                    group.filter(pk__gt=last_pk).order_by("pk").select_for_update(skip_locked=True)[:batch_size]
                )
                if not batch:
                    break
                last_pk = batch[-1].pk
                sent = []
                for alert in batch:
                    items = [entry for published, entry in listed if published > alert.since][:MAX_LISTED]
                    if not items:
                        outcome.nothing_new += 1
                        continue
                    count = sum(1 for published in published_times if published > alert.since)
                    digest = {**context, "items": items, "count": count, "more": max(0, count - len(items))}
                    try:
                        emails.send_digest(alert, digest, services.unsubscribe_url(alert))
                    except emails.NotSent:
                        logger.exception("Alert %s: the digest could not be sent.", alert.pk)
                        outcome.failed += 1
                        continue
                    sent.append(alert.pk)
                # In the same transaction as the queued emails: both are stored, or neither.
                Alert.objects.filter(pk__in=sent).update(last_sent_at=now)
                outcome.sent += len(sent)
            if len(batch) < batch_size:
                break
    return outcome
