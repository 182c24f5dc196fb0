"""Count usage: ``count(measure, key)`` adds one to today's figure; it never raises into the request.

Views do not call this module (no app imports ``stats``): they send ``home.usage.usage_event``
through ``home.usage.record``, and :func:`receive` (connected in ``StatsConfig.ready``) counts it.

The database keeps one row per day, measure and key (:class:`stats.models.UsageCount`). The
measures of busy public requests (matching, search, passport PDF) are buffered in the shared
cache (Redis in production): one atomic ``incr`` per request, no database write and no hot row
to lock; :func:`flush` moves the buffered counts into the rows (the statistics page and its
downloads flush before they compute, and ``manage.py flush_usage_counters`` can run from cron).
When the cache is unreachable the count goes straight to the database; a database error is
logged and swallowed. Employer registrations are rare and counted in the database at once.
"""

import datetime
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import UsageCount

logger = logging.getLogger(__name__)

MATCH = "match"
MATCH_WITH_RESULT = "match_with_result"
PASSPORT_PDF = "passport_pdf"
SEARCH = "search"
SEARCH_NO_RESULT = "search_no_result"
REGISTRATION_CREATED = "registration_created"
REGISTRATION_APPROVED = "registration_approved"
REGISTRATION_REJECTED = "registration_rejected"
MEASURES = frozenset(
    {
        MATCH,
        MATCH_WITH_RESULT,
        PASSPORT_PDF,
        SEARCH,
        SEARCH_NO_RESULT,
        REGISTRATION_CREATED,
        REGISTRATION_APPROVED,
        REGISTRATION_REJECTED,
    }
)
KEY_LENGTH = UsageCount._meta.get_field("key").max_length

# Buffered measures and the keys each may have (the flush looks these up by name).
BUFFER_DAYS = 35  # a buffered count not flushed within this many days expires
BUFFER_PREFIX = "stats-usage"
FLUSH_LOCK = f"{BUFFER_PREFIX}:flush-lock"


def _languages():
    return ["", *(code for code, _name in settings.LANGUAGES)]  # "": a language not configured


BUFFERED = {
    MATCH: lambda: [""],
    MATCH_WITH_RESULT: lambda: [""],
    SEARCH: _languages,
    SEARCH_NO_RESULT: _languages,
    PASSPORT_PDF: _languages,
}


def _buffer_name(date, measure, key):
    return f"{BUFFER_PREFIX}:{date:%Y%m%d}:{measure}:{key}"


def _buffer(date, measure, key):
    """Add one in the cache; False when the cache did not take it."""
    name = _buffer_name(date, measure, key)
    cache.add(name, 0, timeout=BUFFER_DAYS * 86400)
    return bool(cache.incr(name))


def _increment(date, measure, key, by=1):
    updated = UsageCount.objects.filter(date=date, measure=measure, key=key).update(count=F("count") + by)
    if updated:
        return
    try:
        with transaction.atomic():  # a savepoint: a concurrent first insert must not spoil the caller's transaction
            UsageCount.objects.create(date=date, measure=measure, key=key, count=by)
    except IntegrityError:  # another request made today's row first
        UsageCount.objects.filter(date=date, measure=measure, key=key).update(count=F("count") + by)


def count(measure, key="", today=None):
    """Add one to today's ``measure`` for ``key``; never raises."""
    if measure not in MEASURES:
        logger.warning("Unknown usage measure %r", measure)
        return
    key = str(key or "")[:KEY_LENGTH]
    today = today or timezone.localdate()
    if measure in BUFFERED:
        if key not in BUFFERED[measure]():
            key = ""  # an unknown language is counted, without its key
        try:
            if _buffer(today, measure, key):
                return
        except Exception:  # the cache is down: count in the database instead
            logger.warning("Usage %s could not be buffered", measure, exc_info=True)
    try:
        # No savepoint around the common case (one UPDATE): the wired calls are made outside
        # any transaction of theirs.
        _increment(today, measure, key)
    except DatabaseError:
        logger.warning("Usage %s could not be counted", measure, exc_info=True)


def flush(today=None):
    """Move the buffered counts of the last ``BUFFER_DAYS`` days into the database rows.

    One flush at a time (a lock in the cache); each count is taken out of the cache with an
    atomic ``decr`` of what was read, so increments made meanwhile stay for the next flush.
    Returns the number of counts moved. Never raises.
    """
    today = today or timezone.localdate()
    moved = 0
    try:
        if not cache.add(FLUSH_LOCK, 1, timeout=60):
            return 0
    except Exception:
        logger.warning("Usage counts could not be flushed (cache)", exc_info=True)
        return 0
    try:
        names = {
            _buffer_name(day, measure, key): (day, measure, key)
            for day in (today - datetime.timedelta(days=back) for back in range(BUFFER_DAYS))
            for measure, keys in BUFFERED.items()
            for key in keys()
        }
        for name, value in cache.get_many(list(names)).items():
            if not value:
                continue
            cache.decr(name, value)
            day, measure, key = names[name]
            try:
                _increment(day, measure, key, by=value)
                moved += value
            except DatabaseError:  # put them back for the next flush
                cache.incr(name, value)
                raise
    except Exception:
        logger.warning("Usage counts could not be flushed", exc_info=True)
    finally:
        try:
            cache.delete(FLUSH_LOCK)
        except Exception:  # noqa: S110 - the lock expires by itself
            pass
    return moved


def receive(sender, measure, key="", results=None, **kwargs):
    """``home.usage.usage_event``: count the event, and its outcome where it has one."""
    count(measure, key)
    if measure == MATCH and results:
        count(MATCH_WITH_RESULT, key)
    elif measure == SEARCH and results == 0:
        count(SEARCH_NO_RESULT, key)
