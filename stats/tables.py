"""The statistics tables: one SQL aggregate each, labelled with the network's vocabularies.

Placements and organisations are counted exactly, each once across its translations and
aliases (distinct ``translation_key`` of live pages). Figures about people (registrations,
matching requests, searches, passport downloads) come from the daily usage counters, are
protected cell by cell (``stats.suppression``) and are published in one breakdown each, per
week or per year, never both: the margins of two breakdowns cannot be subtracted from each
other to give back a suppressed cell (a month's total minus its weeks would give back a
suppressed week, so matching requests and searches are published per week only, not per month
as well). The placement tables share one query (:func:`placement_counts`): the live placements are read
once into a common table expression and each table is a ``GROUP BY`` over it, so a site with
100,000 placements joins its page and placement tables once, not once per chart.

The period filter offers whole calendar years only (no two periods overlap; the
weekly figures take the year's ISO weeks, which do not overlap either) and the country filter
selects rows, never changes a cell.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections
from django.db.models import Case, Count, F, Sum, Value, When
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from enterprises import vocabularies as evocab
from enterprises.models import EmployerRegistration, OrganisationPage
from home import vocabularies as vocab
from opportunities.models import OpportunityLanguage, OpportunityPage, OpportunitySupport

from . import usage
from .models import UsageCount
from .suppression import Share, exact, protect, share, total

PLACEMENTS = ("placements", _("Placements"))
MONTHS_PUBLISHED = 24
CHART_WEEKS = 12  # the weekly chart draws the last 12 weeks; the table gives them all
ONCE = Count("translation_key", distinct=True)


@dataclass
class Filters:
    year: int
    country: str = ""

    def query(self):
        """The filters as query parameters, for download links."""
        params = {"period": str(self.year)}
        if self.country:
            params["country"] = self.country
        return params


@dataclass
class Row:
    code: str
    label: str
    cells: list
    shares: list = field(default_factory=list)  # one ``Share`` per ``Table.share_columns``


@dataclass
class Table:
    slug: str
    title: str
    row_heading: str
    columns: list  # (code, label)
    rows: list = field(default_factory=list)
    people: bool = False  # cells are protected; totals are sums of published cells
    overlapping: bool = False  # one placement may be in several rows: no total, it would count it twice
    # (code, label, part column code, whole column code): percentages of two count columns, after them
    share_columns: list = field(default_factory=list)
    note: str = ""  # a sentence under the heading
    chart_rows: int | None = None  # the chart draws only the last ``chart_rows`` rows
    europe_map: bool = False  # rows are countries with one count: the public page also draws the map

    def __post_init__(self):
        for row in self.rows:
            row.shares = self._shares(row.cells)

    def _positions(self):
        """(part, whole): the positions of each share's two count columns."""
        index = {code: position for position, (code, _label) in enumerate(self.columns)}
        return [(index[part], index[whole]) for _code, _label, part, whole in self.share_columns]

    def _shares(self, cells):
        return [share(cells[part], cells[whole]) for part, whole in self._positions()]

    @property
    def totals(self):
        return [total(row.cells[index] for row in self.rows) for index in range(len(self.columns))]

    @property
    def total_shares(self):
        """The shares of the totals, each only when no row has either of its two cells suppressed:
        a total leaves the suppressed cells out, and a share of two such totals would mislead."""
        totals = self.totals
        return [
            share(totals[part], totals[whole])
            if not any(row.cells[part].suppressed or row.cells[whole].suppressed for row in self.rows)
            else Share(None)
            for part, whole in self._positions()
        ]

    @property
    def counts(self):
        """{row code: the first column's published count}: what the map draws."""
        return {row.code: row.cells[0].published for row in self.rows}

    @property
    def has_total(self):
        return not self.overlapping and (self.people or len(self.rows) > 1)


def _rows(codes_labels, counts, columns, make=exact, keep_empty=True):
    """Rows for ``codes_labels`` from ``counts`` {(row code, column code): n}."""
    rows = []
    for code, label in codes_labels:
        cells = [make(counts.get((code, column), 0)) for column, _label in columns]
        if keep_empty or any(cell.value != 0 for cell in cells):
            rows.append(Row(str(code), str(label), cells))
    return rows


def _by_count(rows):
    return sorted(rows, key=lambda row: -sum(cell.published for cell in row.cells))


def _placements(filters):
    pages = OpportunityPage.objects.live()
    return pages.in_country(filters.country) if filters.country else pages


def _countries(codes=()):
    """Host countries first, then any other country that has figures, sorted by label."""
    wanted = set(settings.PATHWAY_HOST_COUNTRIES) | set(codes)
    return [(code, label) for code, label in vocab.sorted_choices(vocab.COUNTRIES) if code in wanted]


def _month_start(day, back=0):
    index = day.year * 12 + day.month - 1 - back
    return datetime.date(index // 12, index % 12 + 1, 1)


def _months(today):
    """The first days of the last ``MONTHS_PUBLISHED`` months, the oldest first."""
    return [_month_start(today, back) for back in range(MONTHS_PUBLISHED - 1, -1, -1)]


# The groupings of :func:`placement_counts`: (name, the columns grouped by, the model of the rows
# joined to each placement for them or None, open placements only).
OPEN = "open"
CLOSED = "closed"
PLACEMENT_GROUPS = [
    ("country", ["once_country"], None, True),
    ("sector", ["once_sector"], None, True),
    ("type", ["once_type"], None, True),
    ("eqf", ["once_eqf_min", "once_eqf_max"], None, True),
    ("status", ["once_status"], None, False),
    ("month", ["once_month"], None, False),
    ("support", ["support"], OpportunitySupport, True),
    ("language", ["language", "min_level"], OpportunityLanguage, True),
]


def _grouping_sql(name, columns, joined, open_only, quote):
    join = where = ""
    if joined:
        table = quote(joined._meta.db_table)
        join = f" JOIN {table} ON {table}.{quote(joined._meta.get_field('page').column)} = once_id"
        columns = [f"{table}.{quote(joined._meta.get_field(column).column)}" for column in columns]
    if open_only:
        where = f" WHERE once_status = '{OPEN}'"
    codes = [f"CAST({column} AS TEXT)" for column in columns] + ["NULL"] * (2 - len(columns))
    # Constants and the models' table and column names; the query's values are parameters.
    return (
        f"SELECT '{name}', {', '.join(codes)}, COUNT(DISTINCT once_key) FROM placements{join}{where}"  # noqa: S608
        f" GROUP BY {', '.join(columns)}"
    )


def placement_counts(filters, today=None):
    """{grouping: {code or (code, code): placements}} for each of ``PLACEMENT_GROUPS``, in one query.

    Each placement is counted once across its translations and aliases (distinct
    ``translation_key``) in each group it is in. The ORM selects the live placements (with the
    country filter); the query reads them once, as a common table expression, and each grouping
    is a ``GROUP BY`` over it (PostgreSQL materialises a CTE that is read more than once), the
    support and language rows joined to it. Codes come back as text (a month as its first day,
    ``2026-11-01`` followed by a time).
    """
    today = today or timezone.localdate()
    since = timezone.make_aware(datetime.datetime.combine(_months(today)[0], datetime.time.min))
    placements = (
        _placements(filters)
        .order_by()
        .values(
            once_id=F("pk"),
            once_key=F("translation_key"),
            once_country=F("country"),
            once_sector=F("sector"),
            once_type=F("opportunity_type"),
            once_eqf_min=F("eqf_min"),
            once_eqf_max=F("eqf_max"),
            once_status=Case(
                When(application_deadline__gte=today, then=Value(OPEN)),
                When(application_deadline__lt=today, then=Value(CLOSED)),
            ),
            # The month of the source page's first publication, if within the last MONTHS_PUBLISHED.
            once_month=Case(When(source_first_published_at__gte=since, then=TruncMonth("source_first_published_at"))),
        )
    )
    connection = connections[placements.db]
    cte, params = placements.query.sql_with_params()
    groupings = [_grouping_sql(*group, connection.ops.quote_name) for group in PLACEMENT_GROUPS]
    counts = {name: {} for name, *_rest in PLACEMENT_GROUPS}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH placements AS ({cte}) " + " UNION ALL ".join(groupings), params)
        for name, code, second, n in cursor.fetchall():
            if code is not None:
                counts[name][code if second is None else (code, second)] = n
    return counts


def _one_column(filters, slug, title, heading, vocabulary, counts, sort=True, overlapping=False):
    """A table of placements per code of ``vocabulary``, from {code: placements}."""
    counts = {(code, PLACEMENTS[0]): n for code, n in counts.items()}
    rows = _rows(vocabulary, counts, [PLACEMENTS], keep_empty=not sort)
    return Table(slug, title, heading, [PLACEMENTS], _by_count(rows) if sort else rows, overlapping=overlapping)


def placements_by_country(filters, counts=None):
    counts = counts or placement_counts(filters)
    table = _one_column(
        filters, "placements-by-country", _("Open placements by host country"), _("Country"),
        vocab.COUNTRIES, counts["country"],
    )  # fmt: skip
    table.europe_map = True
    return table


def placements_by_sector(filters, counts=None):
    counts = counts or placement_counts(filters)
    return _one_column(
        filters, "placements-by-sector", _("Open placements by sector"), _("Sector"), vocab.SECTORS,
        counts["sector"],
    )  # fmt: skip


def placements_by_type(filters, counts=None):
    counts = counts or placement_counts(filters)
    return _one_column(
        filters, "placements-by-type", _("Open placements by type"), _("Type"), vocab.OPPORTUNITY_TYPES,
        counts["type"], sort=False,
    )  # fmt: skip


def placements_by_eqf(filters, counts=None):
    """A placement open to EQF levels 2 to 4 counts once at each of the three levels (its
    translations share its levels: they are synchronised fields)."""
    counts = counts or placement_counts(filters)
    ranges = [(int(low), int(high), n) for (low, high), n in counts["eqf"].items()]
    per_level = {level: sum(n for low, high, n in ranges if low <= level <= high) for level, _label in vocab.EQF_LEVELS}
    levels = [(level, _("EQF level %(level)s") % {"level": level}) for level, _label in vocab.EQF_LEVELS]
    return _one_column(
        filters, "placements-by-eqf", _("Open placements by EQF level"), _("EQF level"), levels, per_level,
        sort=False, overlapping=True,
    )  # fmt: skip


def placements_by_support(filters, counts=None):
    counts = counts or placement_counts(filters)
    return _one_column(
        filters, "placements-by-support", _("Open placements by support offered"), _("Support offered"),
        vocab.SUPPORT, counts["support"], sort=False, overlapping=True,
    )  # fmt: skip


def placements_by_language(filters, counts=None):
    """Rows: the language required; columns: the minimum CEFR level asked for."""
    counts = counts or placement_counts(filters)
    columns = list(vocab.CEFR_LEVELS)
    rows = _rows(vocab.sorted_choices(vocab.LANGUAGES), counts["language"], columns, keep_empty=False)
    return Table(
        "placements-by-language", _("Open placements by language required and its level (CEFR)"),
        _("Language"), columns, _by_count(rows), overlapping=True,
    )  # fmt: skip


def placements_per_month(filters, counts=None, today=None):
    """Placements first published in each of the last 24 months (the source page's first publication)."""
    counts = counts or placement_counts(filters, today)
    per_month = {}
    for month, n in counts["month"].items():
        per_month[month[:7]] = per_month.get(month[:7], 0) + n
    months = [
        (month.strftime("%Y-%m"), formats.date_format(month, "YEAR_MONTH_FORMAT"))
        for month in _months(today or timezone.localdate())
    ]
    return _one_column(
        filters, "placements-per-month", _("Placements published per month, last 24 months"), _("Month"), months,
        per_month, sort=False,
    )  # fmt: skip


def placements_open_closed(filters, counts=None):
    counts = counts or placement_counts(filters)
    labels = [(OPEN, _("Open for applications")), (CLOSED, _("Closed"))]
    return _one_column(
        filters, "placements-open-closed", _("Published placements, open and closed"), _("Status"), labels,
        counts["status"], sort=False,
    )  # fmt: skip


def organisations_by_country(filters):
    pages = OrganisationPage.objects.live()
    if filters.country:
        pages = pages.filter(country=filters.country)
    values = pages.values_list("country", "kind").annotate(n=ONCE).order_by()
    counts = {(country, kind): n for country, kind, n in values}
    rows = _rows(_countries({country for country, _kind in counts}), counts, evocab.KINDS, keep_empty=False)
    return Table(
        "organisations-by-country", _("Organisations by country and kind"), _("Country"), list(evocab.KINDS),
        _by_count(rows),
    )  # fmt: skip


def _usage(filters, measures):
    return UsageCount.objects.filter(measure__in=measures, date__year=filters.year)


REGISTRATION_COLUMNS = [
    (usage.REGISTRATION_CREATED, _("Registered")),
    (usage.REGISTRATION_APPROVED, EmployerRegistration.Status.APPROVED.label),
    (usage.REGISTRATION_REJECTED, EmployerRegistration.Status.REJECTED.label),
]


def registrations_by_country(filters):
    """Employer registrations in the year, from the daily counters (the purge deletes old registrations)."""
    counters = _usage(filters, [code for code, _label in REGISTRATION_COLUMNS])
    if filters.country:
        counters = counters.filter(key=filters.country)
    values = counters.values_list("key", "measure").annotate(n=Sum("count")).order_by()
    counts = {(country, measure): n for country, measure, n in values}
    countries = _countries({country for country, _measure in counts})
    if filters.country:
        countries = [(code, label) for code, label in countries if code == filters.country]
    return Table(
        "registrations-by-country", _("Employer registrations by country and status"), _("Country"),
        REGISTRATION_COLUMNS, _rows(countries, counts, REGISTRATION_COLUMNS, make=protect), people=True,
    )  # fmt: skip


USAGE_COLUMNS = [
    (usage.MATCH, _("Matching requests")),
    (usage.MATCH_WITH_RESULT, _("Matching requests with at least one result")),
    (usage.SEARCH, _("Searches")),
    (usage.SEARCH_NO_RESULT, _("Searches with no result")),
]


USAGE_SHARE_COLUMNS = [
    ("search_no_result_percent", _("Share of searches with no result"), usage.SEARCH_NO_RESULT, usage.SEARCH),
]


def _weeks(year, today):
    """The Mondays of ``year``'s ISO weeks that are over by ``today`` (a week still under way is not
    published: its figure would change from day to day, and two readings would give a day's count)."""
    monday = datetime.date.fromisocalendar(year, 1, 1)
    end = min(datetime.date.fromisocalendar(year + 1, 1, 1), today - datetime.timedelta(days=today.weekday()))
    weeks = []
    while monday < end:
        weeks.append(monday)
        monday += datetime.timedelta(days=7)
    return weeks


def _week_code(monday):
    """``2026-W05``: the ISO week's code, in the CSV."""
    year, week, _weekday = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _week_label(monday):
    sunday = monday + datetime.timedelta(days=6)
    return _("Week %(week)s (%(start)s – %(end)s)") % {
        "week": monday.isocalendar()[1],
        "start": formats.date_format(monday, "MONTH_DAY_FORMAT"),
        "end": formats.date_format(sunday, "MONTH_DAY_FORMAT"),
    }


def usage_per_week(filters, today=None):
    """Matching requests and searches in each ISO week of the year (week 1 holds the year's first
    Thursday, so it may begin in late December), once the week is over; the share of searches
    with no result where both of its counts are published."""
    today = today or timezone.localdate()
    weeks = _weeks(filters.year, today)
    counts = {}
    if weeks:
        values = (
            UsageCount.objects.filter(
                measure__in=[code for code, _label in USAGE_COLUMNS],
                date__gte=weeks[0],
                date__lt=weeks[-1] + datetime.timedelta(days=7),
            )
            .annotate(week=TruncWeek("date"))
            .values_list("week", "measure")
            .annotate(n=Sum("count"))
            .order_by()
        )
        for week, measure, n in values:
            week = week.date() if isinstance(week, datetime.datetime) else week
            counts[(_week_code(week), measure)] = n
    labels = [(_week_code(monday), _week_label(monday)) for monday in weeks]
    return Table(
        "usage-per-week", _("Matching requests and searches per week"), _("Week"), USAGE_COLUMNS,
        _rows(labels, counts, USAGE_COLUMNS, make=protect),
        people=True, share_columns=USAGE_SHARE_COLUMNS, chart_rows=CHART_WEEKS,
        note=_(
            "ISO weeks, Monday to Sunday, of the year chosen, each once it is over. The share of searches "
            "with no result is not given (–) for a week where either of its two figures is “fewer than 5”, "
            "as it would give that figure back."
        ),
    )  # fmt: skip


PDF_COLUMN = (usage.PASSPORT_PDF, _("Passport PDFs"))


def passport_pdfs_by_language(filters):
    values = _usage(filters, [PDF_COLUMN[0]]).values_list("key").annotate(n=Sum("count")).order_by()
    counts = {(language, PDF_COLUMN[0]): n for language, n in values}
    languages = [(code, vocab.label(vocab.LANGUAGES, code)) for code, _name in settings.LANGUAGES]
    return Table(
        "passport-pdfs-by-language", _("Passport PDFs downloaded per language"), _("Language"), [PDF_COLUMN],
        _rows(languages, counts, [PDF_COLUMN], make=protect), people=True,
    )  # fmt: skip


PLACEMENT_TABLES = [
    placements_by_country,
    placements_by_sector,
    placements_by_type,
    placements_by_eqf,
    placements_by_support,
    placements_by_language,
    placements_per_month,
    placements_open_closed,
]
ORGANISATION_TABLES = [organisations_by_country, registrations_by_country]
USAGE_TABLES = [usage_per_week, passport_pdfs_by_language]
ALL_TABLES = PLACEMENT_TABLES + ORGANISATION_TABLES + USAGE_TABLES
# Each table's slug (its anchor on the page, its CSV file and XLSX sheet) and builder.
BY_SLUG = {name.replace("_", "-"): build for build in ALL_TABLES for name in [build.__name__]}


def _placement_tables(filters):
    counts = placement_counts(filters)
    return [build(filters, counts) for build in PLACEMENT_TABLES]


def sections(filters):
    """The page's sections: (heading, tables); one query for the placement tables, one for each other."""
    return [
        (_("Placements"), _placement_tables(filters)),
        (_("Organisations and employer registrations"), [build(filters) for build in ORGANISATION_TABLES]),
        (_("How the site is used"), [build(filters) for build in USAGE_TABLES]),
    ]


def all_tables(filters):
    return _placement_tables(filters) + [build(filters) for build in ORGANISATION_TABLES + USAGE_TABLES]


def table(slug, filters):
    """One table by its slug, or None."""
    build = BY_SLUG.get(slug)
    return build(filters) if build else None
