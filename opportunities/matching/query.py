"""Candidates from ``MatchEntry`` in a fixed number of queries, whatever the number of opportunities.

- One query for the candidates that pass every hard constraint the profile
  makes checkable, in the chosen countries (in any country, the chosen ones
  first, with ``include_other_countries``), ordered by a pre-score computed in
  SQL from the indexed columns (sector, keywords and EQF, with the engine's
  fractions and weights) and cut at ``CANDIDATE_LIMIT``.
- One query for the near misses: rows failing exactly one of those constraints
  (a sum of per-constraint failure flags equal to 1) *in the countries and
  sectors the trainee chose* (when they chose any: "almost a match" is what they
  look for except one thing), ordered by the same pre-score and cut at
  ``NEAR_MISS_LIMIT``; for the deadline, only deadlines passed in the last
  ``RECENTLY_CLOSED_DAYS`` days count as near.

Two queries whatever the profile. The first design had one bounded query per
constraint: up to six scans, 230 ms at 100,000 rows on PostgreSQL here. The view
shows the best near misses by score whatever fails, so one pool ordered by
pre-score serves it as well, and the country and sector condition lets the
near-miss query use the (locale, country, sector) and (locale, sector) indexes.

The engine then decides; SQL only narrows. The pre-score leaves out the support
share and start dates (at most ``weight(support) + weight(start)`` of raw
score), so the ranking is exact when fewer than ``CANDIDATE_LIMIT`` rows pass
and otherwise whenever the last result scores above what a row left out could
reach (``is_exact()``).
"""

import datetime
from dataclasses import dataclass

from django.db.models import Case, F, FloatField, IntegerField, Q, Value, When

from . import engine
from .index import CANDIDATE_FIELDS, LANGUAGE_COLUMNS, candidate_from_row, support_mask, trainee_masks
from .models import MatchEntry

CANDIDATE_LIMIT = 500
NEAR_MISS_LIMIT = 100
RECENTLY_CLOSED_DAYS = 60


@dataclass
class Selection:
    candidates: list  # engine.Candidate, the main query's first, then the near-miss query's
    passing: int  # rows of the main query
    outside_bound: float | None  # the best score a row beyond the LIMIT could reach; None: no such row


def _constraints(profile, today):
    """``{constraint: (passes Q, fails Q)}`` for the constraints this profile makes checkable,
    plus the aliases (bitwise ANDs) they refer to."""
    aliases = {}
    checks = {
        "deadline": (
            Q(application_deadline__gte=today),
            Q(
                application_deadline__lt=today,
                application_deadline__gte=today - datetime.timedelta(days=RECENTLY_CLOSED_DAYS),
            ),
        )
    }
    if profile.age is not None:
        checks["age"] = (
            Q(age_min__lte=profile.age, age_max__gte=profile.age),
            Q(age_min__gt=profile.age) | Q(age_max__lt=profile.age),
        )
    if profile.max_weeks is not None:
        checks["duration"] = (
            Q(duration_min_weeks__lte=profile.max_weeks),
            Q(duration_min_weeks__gt=profile.max_weeks),
        )
    if profile.languages:
        no_requirement = Q(**dict.fromkeys(LANGUAGE_COLUMNS, 0))
        met = Q(pk__in=[])
        for column, mask in zip(LANGUAGE_COLUMNS, trainee_masks(profile.languages), strict=True):
            if mask:
                aliases[f"{column}_met"] = F(column).bitand(mask)
                met |= Q(**{f"{column}_met__gt": 0})
        checks["language"] = (no_requirement | met, ~no_requirement & ~met)
    if profile.support_needs:
        needed = support_mask(profile.support_needs)
        aliases["support_met"] = F("support_mask").bitand(needed)
        checks["support"] = (Q(support_met=needed), Q(support_met__lt=needed))
    return checks, aliases


def prescore(profile):
    """The engine's sector, keyword and EQF terms as one SQL expression (destination is a filter)."""
    weights = profile.effective_weights()
    terms = []

    def case(condition, value):
        return Case(When(condition, then=Value(float(value))), default=Value(0.0), output_field=FloatField())

    if profile.sectors:
        terms.append(case(Q(sector__in=sorted(profile.sectors)), weights["sector"]))
    if profile.keywords:
        share = weights["keywords"] / len(profile.keywords)
        terms.extend(case(Q(keywords__contains=term), share) for term in profile.keywords)
    if profile.eqf_level is not None:
        level = profile.eqf_level
        terms.append(
            Case(
                When(Q(eqf_min__lte=level, eqf_max__gte=level), then=Value(float(weights["eqf"]))),
                When(Q(eqf_min__lte=level + 1, eqf_max__gte=level - 1), then=Value(weights["eqf"] / 2)),
                default=Value(0.0),
                output_field=FloatField(),
            )
        )
    if not terms:
        return Value(0.0, output_field=FloatField())
    expression = terms[0]
    for term in terms[1:]:
        expression = expression + term
    return expression


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def select(profile, locale, today, limit=CANDIDATE_LIMIT, near_miss_limit=NEAR_MISS_LIMIT):
    """Candidates for ``profile`` among ``locale``'s entries, in two queries."""
    checks, aliases = _constraints(profile, today)
    base = MatchEntry.objects.filter(locale=locale).alias(**aliases).annotate(prescore=prescore(profile))
    order = ("-prescore", "application_deadline", "page_id")
    chosen = Q(country__in=sorted(profile.destination_countries))
    main = base.filter(*[passes for passes, _fails in checks.values()])
    main_order = order
    if profile.destination_countries:
        if profile.include_other_countries:
            main = main.alias(chosen_country=_flag(chosen))
            main_order = ("-chosen_country", *order)
        else:
            main = main.filter(chosen)

    passing = list(main.order_by(*main_order).values(*CANDIDATE_FIELDS, "prescore")[:limit])
    failures = [_flag(fails) for _passes, fails in checks.values()]
    failing = failures[0]
    for flag in failures[1:]:
        failing = failing + flag
    wanted = {}
    if profile.destination_countries:
        wanted["country__in"] = sorted(profile.destination_countries)
    if profile.sectors:
        wanted["sector__in"] = sorted(profile.sectors)
    near = list(
        base.filter(application_deadline__gte=today - datetime.timedelta(days=RECENTLY_CLOSED_DAYS), **wanted)
        .alias(failing=failing)
        .filter(failing=1)
        .order_by(*order)
        .values(*CANDIDATE_FIELDS, "prescore")[:near_miss_limit]
    )

    outside_bound = None if len(passing) < limit else _bound(profile, passing[-1]["prescore"])
    return Selection(
        candidates=[candidate_from_row(row) for row in passing + near],
        passing=len(passing),
        outside_bound=outside_bound,
    )


def _bound(profile, last_prescore):
    """The highest score a row left out by the LIMIT could reach."""
    weights = profile.effective_weights()
    applicable = profile.applicable_criteria()
    total = sum(weights[name] for name in applicable)
    if total <= 0:
        return 100
    best = last_prescore + sum(weights[name] for name in ("support", "start") if name in applicable)
    return min(100, best / total * 100)


def is_exact(selection, outcome, limit):
    """True when no candidate beyond the SQL LIMIT could have entered the top ``limit``."""
    if selection.outside_bound is None or selection.outside_bound < engine.MATCH_THRESHOLD:
        return True
    if len(outcome.results) < limit:
        return False
    return outcome.results[-1].score > selection.outside_bound
