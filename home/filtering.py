"""One faceted-listing machine, shared by every listing, feed and API.

Each facet is declared once, as a ``Facet``: its GET parameter, its vocabulary,
its legend, how a raw value is read, the queryset method that applies it (the
single place where its condition is written) and how its values are counted.
A ``FacetedListing`` built from facets turns a query string and a queryset into
one ``Faceted`` result: the filtered queryset, each facet's counts given the
other facets' choices, the options of the form, removable chips and notes::

    LISTING = FacetedListing(
        Facet("country", COUNTRIES, _("Country"), "in_country", str.upper, row="country"),
        Facet("sector", SECTORS, _("Sector"), "in_sector", str.upper, child="sectors__sector"),
    )
    faceted = LISTING.run(request.GET, index_page.organisations())
    faceted.results, faceted.counts, faceted.facets, faceted.chips, faceted.notes

Repeatable parameters (``?country=DE&country=ES`` or ``?country=DE,ES``) are
ORed within a facet and ANDed between facets. Unknown values are dropped and
named in a translated note, never an error.

Counting is one algorithm for every listing, with a number of queries that
does not depend on the number of pages: one grouped count over the facets read
from the page row (a field or expression, or an integer range), tallied in
Python for each facet with the other facets' choices, plus one grouped count
of distinct pages per facet kept in child rows.

The counts are kept in the content cache (``home.content_cache``: renewed by every publication)
under a digest of the listing, its filtered queryset's SQL and the choices, so that a listing
asked for again does not count every matching page again: at 100,000 placements counting
cost 200-300 ms of each listing request. ``paginate`` keeps the number of results the same way
(under a digest of the results' SQL), for the pager and the "N placements" line.

Listing-specific parameters (e.g. the opportunities' ``q``, ``open``, ``sort``)
are added by a subclass through ``read_params``, ``narrow``, ``order``,
``param_chips`` and ``param_filtered``.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from types import SimpleNamespace

from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, QuerySet
from django.utils.translation import gettext as _

from .content_cache import cached

MAX_VALUES_PER_FILTER = 40


def _digest(queryset):
    """A digest of ``queryset``'s SQL and parameters, or None when it cannot match (no SQL)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return hashlib.sha256(repr((queryset.model._meta.label, sql, params)).encode()).hexdigest()


def read_codes(query, name, allowed, normalise=str.strip, notes=None):
    """The known values of the repeatable parameter ``name``, in order, without repeats.

    ``query`` is a QueryDict; each value may hold several codes separated by commas;
    NUL bytes are removed; ``normalise`` maps a raw value to a code (e.g. ``str.upper``).
    Each unknown value adds a translated note to ``notes`` (when given).
    """
    values = []
    for raw in query.getlist(name)[:MAX_VALUES_PER_FILTER]:
        for part in str(raw).split(","):
            value = normalise(part.strip().replace("\x00", ""))
            if not value:
                continue
            if value in allowed:
                if value not in values:
                    values.append(value)
            elif notes is not None:
                notes.append(
                    _("Unknown value “%(value)s” for “%(name)s” was ignored.") % {"value": value[:40], "name": name}
                )
    return values


@dataclass(frozen=True)
class Facet:
    """One filter of a listing, declared once.

    ``name``        the GET parameter (and the key of counts, options and choices);
    ``vocabulary``  ``[(code, label)]`` with string codes, or a callable returning it
                    (called in the active language);
    ``legend``      the fieldset's legend (lazily translated);
    ``method``      the queryset method applying chosen codes: ``queryset.<method>(*codes)``;
    ``normalise``   maps a raw value to a code (``str.upper``, ``str.lower``, ``str.strip``).

    How its values are counted, exactly one of:

    ``row``         a field of the page row holding one code, or an expression (or a
                    callable returning one) computing it;
    ``range``       ``(low, high)`` integer fields of the page row: every code in between;
    ``child``       a lookup through child rows (``"languages__language"``): distinct pages.

    ``show_empty``  list the values with no result in the form (short vocabularies).
    """

    name: str
    vocabulary: object
    legend: object
    method: str
    normalise: object = str.strip
    row: object = None
    range: tuple | None = None
    child: str | None = None
    show_empty: bool = False

    def __post_init__(self):
        if sum(spec is not None for spec in (self.row, self.range, self.child)) != 1:
            raise ValueError(f"Facet {self.name!r}: give exactly one of row, range or child.")

    def choices(self):
        """The ``[(code, label)]`` pairs, in the active language."""
        return list(self.vocabulary() if callable(self.vocabulary) else self.vocabulary)

    def codes(self):
        return [code for code, _label in self.choices()]

    def read(self, query, notes):
        return read_codes(query, self.name, set(self.codes()), self.normalise, notes)

    def apply(self, queryset, codes):
        return getattr(queryset, self.method)(*codes) if codes else queryset

    # --- Counting over page rows ---------------------------------------------------
    def columns(self):
        """The ``values()`` columns this facet needs from the page row (aliases to expressions)."""
        if self.range is not None:
            low, high = self.range
            return {f"facet_{self.name}_low": F(low), f"facet_{self.name}_high": F(high)}
        if isinstance(self.row, str):
            expression = F(self.row)
        elif hasattr(self.row, "resolve_expression"):
            expression = self.row
        else:
            expression = self.row()
        return {f"facet_{self.name}": expression}

    def codes_of(self, row):
        """The codes one grouped row counts for."""
        if self.range is not None:
            low, high = row[f"facet_{self.name}_low"], row[f"facet_{self.name}_high"]
            if low is None or high is None:
                return []
            return [str(level) for level in range(low, high + 1)]
        value = row[f"facet_{self.name}"]
        return [] if value is None else [str(value)]


def query_string(query, names):
    """``query`` (a QueryDict) reduced to the parameters ``names``, without empty values, encoded:
    what a link to the same listing elsewhere (another language, a feed) carries over."""
    kept = query.copy()
    for name in list(kept):
        if name not in names:
            del kept[name]
        else:
            kept.setlist(name, [value for value in kept.getlist(name) if value.strip()])
    return kept.urlencode()


class FacetedListing:
    """A listing's facets (and, in subclasses, its other parameters): one ``run()`` does everything."""

    def __init__(self, *facets):
        names = [facet.name for facet in facets]
        if len(set(names)) != len(names):
            raise ValueError(f"Facet names must be unique: {names}")
        self.facets = tuple(facets)

    @property
    def names(self):
        return [facet.name for facet in self.facets]

    def run(self, query, queryset):
        """The listing for ``query`` (``request.GET``) over ``queryset``; never raises on bad input.

        Counts, options and chips are computed when first read (the feed and the
        API read only ``results`` and ``notes``).
        """
        notes = []
        chosen = {facet.name: facet.read(query, notes) for facet in self.facets}
        params = SimpleNamespace(**self.read_params(query, notes))
        return Faceted(self, query, queryset, chosen, params, notes)

    # --- Filtering --------------------------------------------------------------
    def apply(self, queryset, chosen, exclude=(), only=None):
        """``queryset`` filtered by the chosen codes of each facet (but those in ``exclude``;
        only those in ``only`` when given)."""
        for facet in self.facets:
            if facet.name in exclude or (only is not None and facet.name not in only):
                continue
            queryset = facet.apply(queryset, chosen[facet.name])
        return queryset

    def count(self, queryset, chosen):
        """``{facet: {code: n}}``: each facet's counts given every other facet's choices.

        One grouped count over the row facets (tallied here, facet by facet, with
        the other facets' choices; the child facets' choices filter it in SQL),
        plus one grouped count of distinct pages per child facet.
        """
        counts = {facet.name: defaultdict(int) for facet in self.facets}
        on_rows = [facet for facet in self.facets if facet.child is None]
        children = [facet for facet in self.facets if facet.child is not None]

        if on_rows:
            columns = {}
            for facet in on_rows:
                columns.update(facet.columns())
            rows = self.apply(queryset, chosen, only={facet.name for facet in children})
            for row in rows.order_by().values(**columns).annotate(facet_n=Count("pk")):
                codes = {facet.name: facet.codes_of(row) for facet in on_rows}
                passes = {name: not chosen[name] or any(code in chosen[name] for code in codes[name]) for name in codes}
                for facet in on_rows:
                    if all(ok for name, ok in passes.items() if name != facet.name):
                        for code in codes[facet.name]:
                            counts[facet.name][code] += row["facet_n"]

        for facet in children:
            pages = self.apply(queryset, chosen, exclude={facet.name})
            grouped = pages.order_by().values(facet_value=F(facet.child)).annotate(facet_n=Count("pk", distinct=True))
            for row in grouped:
                if row["facet_value"] is not None:
                    counts[facet.name][str(row["facet_value"])] = row["facet_n"]
        return {name: dict(values) for name, values in counts.items()}

    # --- Hooks for a listing's own parameters -------------------------------------
    def read_params(self, query, notes):
        """The listing's other parameters, as a dict (attributes of ``Faceted.params``)."""
        return {}

    def narrow(self, queryset, params):
        """The other parameters' filters, which the facet counts share."""
        return queryset

    def order(self, queryset, params):
        return queryset

    def param_chips(self, query, params):
        """Chips of the other parameters: ``[{"label", "query"}]``."""
        return []

    def param_filtered(self, params):
        return False


class Faceted:
    """One listing's answer to one query string.

    ``chosen``       ``{facet: [codes]}`` as read (unknown values dropped);
    ``params``       the listing's other parameters (``SimpleNamespace``);
    ``notes``        translated notes about ignored values;
    ``results``      the filtered, ordered queryset;
    ``counts``       ``{facet: {code: n}}`` given the other facets' choices;
    ``facets``       the form: ``[{"name", "legend", "options": [{"code", "label", "count", "checked"}]}]``;
    ``chips``        ``[{"label", "query"}]``: each chosen value with the query string without it;
    ``is_filtered``  whether anything narrows the listing.
    """

    def __init__(self, listing, query, queryset, chosen, params, notes):
        self.listing = listing
        self.query = query
        self.base = listing.narrow(queryset, params)
        self.chosen = chosen
        self.params = params
        self.notes = notes

    @cached_property
    def results(self):
        return self.listing.order(self.listing.apply(self.base, self.chosen), self.params)

    @property
    def digest(self):
        """What the facets and counts depend on besides the language and the content generation
        (for a cached fragment of the filter form); None when nothing can match."""
        return self._digest

    @cached_property
    def _digest(self):
        """The listing, its filtered queryset's SQL and the choices, digested (compiling the SQL
        once a request); None when the queryset cannot match anything."""
        base = _digest(self.base)  # the locale, date, search and other filters
        if base is None:  # e.g. pk__in=[]: nothing to count, nothing worth keeping
            return None
        chosen = sorted((name, sorted(codes)) for name, codes in self.chosen.items())
        return hashlib.sha256(
            repr((type(self.listing).__qualname__, self.listing.names, base, chosen)).encode()
        ).hexdigest()

    @cached_property
    def counts(self):
        if self._digest is None:
            return self.listing.count(self.base, self.chosen)
        return cached("facet-counts", lambda: self.listing.count(self.base, self.chosen), self._digest)

    def result_count(self):
        """How many results there are, kept like the counts (for ``paginate``'s ``count``)."""
        if self._digest is None:
            return self.results.count()
        return cached("result-count", self.results.count, self._digest)

    @cached_property
    def facets(self):
        result = []
        for facet in self.listing.facets:
            chosen, counts = set(self.chosen[facet.name]), self.counts[facet.name]
            options = [
                {"code": code, "label": label, "count": counts.get(code, 0), "checked": code in chosen}
                for code, label in facet.choices()
                if facet.show_empty or counts.get(code, 0) or code in chosen
            ]
            result.append({"name": facet.name, "legend": facet.legend, "options": options})
        return result

    @cached_property
    def chips(self):
        chips = []
        for facet in self.listing.facets:
            chosen = self.chosen[facet.name]
            labels = dict(facet.choices()) if chosen else {}
            for code in chosen:
                remaining = self.query.copy()
                remaining.setlist(facet.name, [other for other in chosen if other != code])
                remaining.pop("page", None)
                chips.append({"label": labels[code], "query": remaining.urlencode()})
        return chips + self.listing.param_chips(self.query, self.params)

    @property
    def is_filtered(self):
        return any(self.chosen.values()) or self.listing.param_filtered(self.params)

    def without(self, *names):
        """The query string without ``names`` (e.g. ``"page"``), for links that keep the filters."""
        remaining = self.query.copy()
        for name in names:
            remaining.pop(name, None)
        return remaining.urlencode()


def count_results(queryset):
    """``len(queryset)``, kept in the content cache until the next publication: a queryset with
    the same SQL is not counted again (counting reads every matching page)."""
    digest = _digest(queryset) if isinstance(queryset, QuerySet) else None
    if digest is None:  # search results, a list, or a queryset that cannot match
        return Paginator(queryset, 1).count
    return cached("result-count", queryset.count, digest)


class ContentPaginator(Paginator):
    """A paginator whose number of results comes from ``count_results``, or from the caller."""

    def __init__(self, object_list, per_page, count=None):
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self):
        return self._count() if self._count is not None else count_results(self.object_list)


def paginate(request, queryset, per_page, count=None):
    """The requested page of ``queryset``: the first for a malformed number, the last past the end.

    ``count``, when given, is a function that tells how many results there are (a faceted
    listing's ``result_count``, which does not compile the results' SQL again to find it).
    """
    paginator = ContentPaginator(queryset, per_page, count)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
