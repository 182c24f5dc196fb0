"""Site search: live pages of one locale, no aliases, with content-type facets.

The search backend is Wagtail's database backend (SQLite FTS5, PostgreSQL full
text), through ``search.backend`` (prefix matching; on PostgreSQL a text-search
configuration per language). User input is cleaned before it reaches it: NUL
bytes and control characters are removed, FTS operators are neutralised by
quoting each word, and the length is capped. Any backend error is answered as
"no results".

One search page costs two queries against the index and the pages:

1. the facet counts (content type -> number of matching pages), unranked; the
   result count is read from them, so the count and the facets describe the same set;
2. the requested page of results only (LIMIT/OFFSET), ranked, joined to the tables of the
   content types found in step 1, so that each result is its specific page.

When every word must match and nothing does, the query is relaxed and step 1 is run
again (a third query, only for searches that would otherwise find nothing): any word may
match, by its stem-like beginning; if that finds nothing either, on PostgreSQL, pages with
a word similar to one of the query's (trigrams, accents ignored: typos, parts of compounds),
a fourth query, served by trigram indexes (search/migrations/0004).

Step 1's outcome is kept in the content cache until the next publication: the same search
again, or its next page, costs step 2 alone.
"""

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError
from django.db.models import Count, Q, Value
from wagtail.models import Page
from wagtail.search.backends.base import FilterFieldError
from wagtail.search.query import PlainText

from home.content_cache import cached, restricted_paths

from . import backend as search_backend

MAX_QUERY_LENGTH = 200
SEARCH_ERRORS = (DatabaseError, FilterFieldError, ValueError, NotImplementedError)
MAX_TERMS = 12
WIDEN_BELOW = 10  # a page of results: fewer pages with every word are followed by pages with some
logger = logging.getLogger(__name__)

_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)


def clean_query(raw):
    """Printable text only, whitespace folded, at most MAX_QUERY_LENGTH characters."""
    text = "".join(ch for ch in (raw or "") if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def terms(query):
    """The words of a query, without FTS syntax (quotes, stars, parentheses, NEAR ...)."""
    words = [word.strip("'’-") for word in _WORD.findall(query)]
    return [word for word in words if word][:MAX_TERMS]


def searchable_pages(locale):
    """Live, public pages of ``locale`` that are not aliases of another language's page."""
    aliases = Page.objects.filter(locale=locale, alias_of__isnull=False).values("pk")
    pages = Page.objects.live().filter(locale=locale).exclude(pk__in=aliases)  # search filters: pk, path
    # Pages under a view restriction, by their paths (cached; most sites have none): a correlated
    # subquery instead scanned every page of the locale on each search (80 ms at 100,000 pages).
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return pages.exclude(restricted) if restricted else pages


class FullText:
    """Pages matching a full-text query (the database backend's index)."""

    def __init__(self, search_query, language):
        self.search_query = search_query
        self.language = language

    def facets(self, queryset):
        results = search_backend.search(queryset, self.search_query, self.language, ranked=False)
        return dict(results.facet("content_type_id"))

    def ranked_pages(self, queryset, start, stop):
        return list(search_backend.search(queryset, self.search_query, self.language, ranked=True)[start:stop])


class Similar:
    """Pages with a word like one of the query words (PostgreSQL trigrams, accents ignored):
    typos, inflected forms and parts of compounds. Ranked by the sum of the words' similarities,
    so that pages like every word come first."""

    def __init__(self, words):
        self.words = words

    def matching(self, queryset):
        any_word = Q()
        for word in self.words:
            any_word |= search_backend.similar(word)
        return queryset.filter(any_word)

    def facets(self, queryset):
        rows = self.matching(queryset).order_by().values("content_type_id").annotate(count=Count("pk"))
        return {row["content_type_id"]: row["count"] for row in rows}

    def ranked_pages(self, queryset, start, stop):
        total = sum((search_backend.similarity(word) for word in self.words), Value(0.0))
        return list(self.matching(queryset).annotate(_similarity=total).order_by("-_similarity", "-pk")[start:stop])


class Widened:
    """The few pages with every word, ranked, then the pages with some of the words, ranked
    (without those): a ranking by the wider query alone does not keep the pages with every word
    first. Two ranked queries instead of one, only for searches that need it."""

    def __init__(self, strict, wider, strict_count):
        self.strict = strict
        self.wider = wider
        self.strict_count = strict_count

    def facets(self, queryset):
        return self.wider.facets(queryset)

    def ranked_pages(self, queryset, start, stop):
        first = self.strict.ranked_pages(queryset, 0, self.strict_count)
        pages = first[start:stop]
        if stop is None or stop > len(first):
            rest = queryset.exclude(pk__in=[page.pk for page in first])
            pages += self.wider.ranked_pages(
                rest, max(0, start - len(first)), None if stop is None else stop - len(first)
            )
        return pages


@dataclass
class Outcome:
    """What one search found: facet counts over the whole matching set, and its results."""

    words: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)  # {content_type_id: count}
    content_type: ContentType = None
    relaxed: bool = False
    _queryset: object = None
    _matcher: object = None
    widened: bool = False
    failed: bool = False
    key: str = ""  # the locale and a digest of the language and words (content cache keys)

    @property
    def count(self):
        if self.content_type is not None:
            return self.facets.get(self.content_type.pk, 0)
        return sum(self.facets.values())

    def page_results(self, start, stop):
        """The specific pages ranked ``start`` to ``stop``, in one query: the ranked pages joined
        to the tables of the content types the facets found.

        Which pages a slice holds is kept in the content cache until the next publication: the
        same search's same page (a popular query, a reload, the way back from a result) then
        reads its pages by their ids instead of ranking every matching page again.
        """
        if not self.count or self._matcher is None:
            return []
        queryset = self._queryset
        if self.content_type is not None:
            queryset = queryset.filter(content_type=self.content_type)
        paths = {pk: specific_path(pk) for pk in self.facets}
        queryset = queryset.select_related(*sorted({path for path in paths.values() if path}))
        ranked = []

        def rank():
            ranked.extend(self._matcher.ranked_pages(queryset, start, stop))
            return [page.pk for page in ranked]

        content_type = self.content_type.pk if self.content_type is not None else ""
        ids = cached("search-slice", rank, self.key, content_type, start, stop) if self.key else rank()
        if not ranked and ids:  # from the cache: the same pages, by their ids, in their order
            by_id = {page.pk: page for page in queryset.filter(pk__in=ids)}
            ranked = [by_id[pk] for pk in ids if pk in by_id]
        return [specific(page, paths.get(page.content_type_id)) for page in ranked]


def specific_path(content_type_id):
    """The select_related path from Page to a content type's model ("organisationpage__enterprisepage")."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    names = []
    while model is not None and model is not Page and issubclass(model, Page):
        names.append(model._meta.model_name)
        model = next((parent for parent in model._meta.parents if issubclass(parent, Page)), None)
    return "__".join(reversed(names))


def specific(page, path):
    """The specific page joined to ``page`` along ``path`` (``page`` itself when there is none)."""
    found = page
    for name in path.split("__") if path else []:
        found = getattr(found, name, None)
        if found is None:
            return page.specific  # not joined (should not happen): one more query
    return found


class Results:
    """A sequence for Django's paginator: its length is known from the facets, and a slice
    runs the ranked query for that slice only."""

    def __init__(self, outcome):
        self.outcome = outcome

    def count(self):
        return self.outcome.count

    def __len__(self):
        return self.outcome.count

    def __getitem__(self, item):
        if isinstance(item, slice):
            return self.outcome.page_results(item.start or 0, item.stop)
        found = self.outcome.page_results(item, item + 1)
        if not found:
            raise IndexError(item)
        return found[0]


def any_word(words, language):
    """Pages with any of ``words``, by its stem-like beginning (the full-text index)."""
    return FullText(
        PlainText(" ".join(dict.fromkeys(search_backend.stem(word) for word in words)), operator="or"), language
    )


def _matcher(how, words, language, strict_count=0):
    """The matcher that ``_find`` chose, rebuilt from its name."""
    every = FullText(PlainText(" ".join(words), operator="and"), language)
    if how == "widened":
        return Widened(every, any_word(words, language), strict_count)
    if how == "any":
        return any_word(words, language)
    if how == "similar":
        return Similar(words)
    return every


def _find(words, queryset, language):
    """``(how, facets, strict_count)``: which matcher finds the pages (see ``search_outcome``),
    its facet counts, and how many pages have every word (for ``widened``).

    When every word finds nothing, in turn: any word by its beginning (the full-text index),
    then, on PostgreSQL, similar words (trigram indexes; still the costliest query, so only
    when nothing else matched)."""
    facets = _matcher("every", words, language).facets(queryset)
    if facets and len(words) > 1 and sum(facets.values()) < WIDEN_BELOW:
        strict_count = sum(facets.values())
        wider_facets = _matcher("widened", words, language, strict_count).facets(queryset)
        if sum(wider_facets.values()) > strict_count:
            return "widened", wider_facets, strict_count
    if facets:
        return "every", facets, 0
    for how in ("any", "similar") if search_backend.supports_similarity() else ("any",):
        facets = _matcher(how, words, language).facets(queryset)
        if facets:
            return how, facets, 0
    return "any", {}, 0


def search_outcome(locale, query, content_type=None):
    """Search ``locale``'s pages for ``query``; empty when nothing can be searched.

    Every word must match. When that finds fewer pages than fill a page of results and the
    query has several words, pages with some of the words are added after them (``widened``):
    a trainee typing "stage cuisine Espagne" wants the cook placements in Spain that do not
    say "stage" too (:class:`Widened`: one more count and one more ranked query). When every
    word finds nothing, the query is relaxed (``_find``).

    The matcher found and its facet counts are kept in the content cache (renewed by every
    publication) under a digest of the language and the words: counting reads every matching
    page (50 ms for "cook" at 100,000 placements), and a search asked for again, or its next
    page, needs only its ranked slice (itself kept: ``Outcome.page_results``).
    """
    words = terms(query)
    if not words:
        return Outcome()
    queryset = searchable_pages(locale)
    language = locale.language_code
    digest = hashlib.sha256(repr((language, words)).encode()).hexdigest()
    try:
        how, facets, strict_count = cached("search-facets", lambda: _find(words, queryset, language), locale.pk, digest)
    except SEARCH_ERRORS:
        logger.warning("Search failed for a query of %d characters", len(query))
        return Outcome(words, failed=True)
    matcher = _matcher(how, words, language, strict_count)
    relaxed, widened = how in ("any", "similar"), how == "widened"
    key = f"{locale.pk}:{digest}"
    return Outcome(words, facets, content_type, relaxed, queryset, matcher, widened=widened, key=key)


def search(locale, query, content_type=None):
    """Return ``(results, facets)``: results a sliceable sequence of specific pages (the
    paginator's input), facets ``{content_type_id: count}``."""
    outcome = search_outcome(locale, query, content_type)
    return Results(outcome), outcome.facets


def autocomplete(locale, query, limit=8):
    words = terms(query)
    if not words:
        return []
    try:
        return list(searchable_pages(locale).specific().autocomplete(" ".join(words))[:limit])
    except SEARCH_ERRORS:
        logger.warning("Autocomplete failed for a query of %d characters", len(query))
        return []


def content_types(facets):
    """Facet entries: [(ContentType, count)], largest first (content types come from Django's cache)."""
    entries = []
    for pk, count in facets.items():
        try:
            entries.append((ContentType.objects.get_for_id(pk), count))
        except ContentType.DoesNotExist:
            continue
    return sorted(entries, key=lambda item: (-item[1], item[0].model))


__all__ = ["Outcome", "Results", "autocomplete", "clean_query", "content_types", "search", "search_outcome", "terms"]
