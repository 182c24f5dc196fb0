"""One matching run for the view, the API and the benchmark: select, rank, link.

Queries: the candidate selection (``query.select``: 1 + one per checkable
constraint) and one for the result pages' URLs, whatever the number of
opportunities. Nothing is stored or logged.
"""

from dataclasses import dataclass, replace

from django.utils import timezone
from wagtail.models import Page

from . import engine, query

RESULT_LIMIT = 20
NEAR_MISS_SHOWN = 10


@dataclass
class Answer:
    outcome: engine.Outcome
    exact: bool
    candidates_scored: int


def _with_urls(results, urls):
    return tuple(
        replace(result, candidate=replace(result.candidate, url=urls.get(result.candidate.id, "")))
        for result in results
    )


def find_matches(profile, locale, request=None, today=None, limit=RESULT_LIMIT, near_miss_limit=NEAR_MISS_SHOWN):
    today = today or timezone.localdate()
    selection = query.select(profile, locale, today)
    outcome = engine.rank(profile, selection.candidates, today, limit=limit, near_miss_limit=near_miss_limit)
    ids = [result.candidate.id for result in outcome.page()]
    urls = {}
    if ids:
        for page in Page.objects.filter(pk__in=ids).select_related("locale"):
            urls[page.pk] = page.get_full_url(request) or ""
    outcome = engine.Outcome(
        results=_with_urls(outcome.results, urls),
        near_misses=_with_urls(outcome.near_misses, urls),
        considered=outcome.considered,
        other_countries=_with_urls(outcome.other_countries, urls),
    )
    return Answer(
        outcome=outcome, exact=query.is_exact(selection, outcome, limit), candidates_scored=outcome.considered
    )
