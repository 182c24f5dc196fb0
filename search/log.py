"""Count searches by their words (Wagtail's search-hit log) and those that found nothing.

The search view cannot count them itself: anonymous search pages are served from the
page cache (``pathway.page_cache``) without reaching the view. So the view states its
outcome in a response header, which the page cache stores with the page, and
:class:`SearchLogMiddleware`, placed *above* the page cache, reads and removes it on
every response, cached or not, and records one hit:

- only for a new search (a GET of the first page, without a content-type facet), not for
  turning pages or narrowing by type;
- the words only (Wagtail's ``Query``: lower-cased, without punctuation), with the language
  for searches that found nothing; never the visitor (no IP, session, user or time of day);
  a search that looks like contact data (an "@", five digits or more) is counted in the
  statistics but its words are not kept;
- a search that failed (a database error) is not logged as one that found nothing;
- a database error is logged (without the words) and the page is served anyway.

Rows older than ``settings.WAGTAILSEARCH_HITS_MAX_AGE`` days are deleted by
``manage.py purge_search_log``.
"""

import logging
import re

from django.db import DatabaseError
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from home import usage

from .models import NoResultSearch
from .query import clean_query, terms

logger = logging.getLogger(__name__)

HEADER = "X-Pathway-Search"
_VALUE = re.compile(r"^(?P<language>[a-z]{2}(?:-[a-z0-9]+)?) (?P<count>\d+)$")


def outcome_header(language, count):
    """The header value the search view sets: ``"<language> <number of results>"``."""
    return f"{language} {int(count)}"


def is_new_search(request):
    return request.method == "GET" and request.GET.get("page", "1") in ("", "1") and not request.GET.get("type")


# What a visitor may type that is about a person (an email address, a phone or ID number):
# such a search is counted, never stored by its words.
_PERSONAL = re.compile(r"@|\d{5,}")


def words_to_store(query):
    """The words of ``query`` as the log keeps them (no punctuation), or "" when they may be
    about a person."""
    words = " ".join(terms(query))
    if _PERSONAL.search(query.replace(" ", "")):
        return ""
    return words


def record(words, language, count, today=None):
    """One search of ``words`` (the cleaned query) in ``language`` that found ``count`` results."""
    today = today or timezone.localdate()
    words = words_to_store(words)
    usage.record("search", language, results=count)  # the network statistics (home.usage)
    if not words:
        return
    try:
        query = Query.get(words)
        query.add_hit(today)
        if count == 0:
            day, _created = NoResultSearch.objects.get_or_create(query=query, language=language, date=today)
            NoResultSearch.objects.filter(pk=day.pk).update(hits=F("hits") + 1)
    except DatabaseError:
        logger.warning("Could not log a search of %d characters", len(words))


class SearchLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        value = response.get(HEADER)
        if value is not None:
            del response[HEADER]
        if value is None or response.status_code != 200 or not is_new_search(request):
            return response
        match = _VALUE.match(value)
        if match:
            words = clean_query(request.GET.get("q"))
            if words:
                record(words, match["language"], int(match["count"]))
        return response
