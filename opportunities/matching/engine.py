"""The matching engine: score opportunities against a trainee's profile and needs.

Pure Python (no Django): the view, the JSON API and the benchmark feed it plain
dataclasses, and its messages are codes with parameters that the Django side
(``opportunities.matching.messages``) turns into translated sentences.

API
---
``Profile``
    What the trainee told us. Every field is optional; what is left empty
    neither excludes nor scores anything (see "Unknowns" below).
``Candidate``
    One opportunity, with the facts the engine needs (codes, numbers, dates,
    ``keywords`` already passed through :func:`normalise_text`).
``evaluate(profile, candidate, today) -> Result``
    Check the hard constraints, score and explain one candidate:
    ``Result(candidate, score, reasons, missing, failed)``, ``score`` 0..100.
``rank(profile, candidates, today, limit=20, near_miss_limit=10) -> Outcome``
    Check and score every candidate and lay out the page, top to bottom:
    ``Outcome.results`` pass every hard constraint in a chosen country (any
    country when none is chosen); ``Outcome.other_countries`` (only with
    ``Profile.include_other_countries``) pass every hard constraint in a
    country the trainee did not choose; ``Outcome.near_misses`` are in a chosen
    country and fail exactly one hard constraint. Only candidates scoring at
    least ``MATCH_THRESHOLD`` are listed anywhere. Each group is sorted by score
    (highest first), then application deadline (soonest first), then id; a
    later group's score is capped at the last score shown above it
    (``Result.capped_from`` keeps the score it had), so the percentages never
    rise down the page. ``Outcome.considered`` counts distinct candidates. Only
    the returned ones are explained (a cheap pass scores, ``evaluate``
    explains), with the same result as ``evaluate`` on each.
``Message(code, params)``
    A reason, a missing point or a failed constraint. Codes are listed in
    ``REASON_CODES``, ``MISSING_CODES`` and ``HARD_CONSTRAINTS``; params hold
    codes, numbers and dates, never text, so the caller translates.
``normalise_text(text)``, ``keyword_terms(text)``
    The one normalisation of keywords (lower case, accents removed), used for
    the trainee's words and for ``Candidate.keywords`` alike.
``weights_for_priorities(criteria)``
    Weights for "what matters most": each chosen criterion counts
    ``PRIORITY_FACTOR`` times its default.

Destinations: the countries the trainee chose are a filter, not a score. A
placement elsewhere is left out, unless ``include_other_countries``: then it is
listed after those in the chosen countries (``Outcome.other_countries``), and
it is never a near miss.

Hard constraints (``HARD_CONSTRAINTS``; a failed one is a ``Message`` whose code
is the constraint's name)
    ``deadline``  the application deadline is today or later;
    ``age``       ``age_min <= age <= age_max``;
    ``duration``  the shortest stay fits: ``duration_min_weeks <= max_weeks``;
    ``language``  when the opportunity lists languages, each is an
                  *alternative*: the trainee meets the level of at least one of
                  them (an opportunity asking for "German B1, English B2" works in
                  either language);
    ``support``   every support the trainee needs is offered.

Soft scores (``CRITERIA``, each a fraction in 0..1 times its weight)
    ``destination`` not scored (a filter, see above); its weight is accepted
                    and ignored, so that old requests keep working;
    ``sector``      1 when the sector is one the trainee chose;
    ``keywords``    the share of the trainee's words found in the opportunity's
                    keywords (substring of the normalised text, so "cook" finds
                    "cooking");
    ``eqf``         1 when the trainee's EQF level is in the range, 0.5 one step
                    outside, else 0;
    ``support``     with needs: the share of them offered (1 for every result);
                    without needs it is not scored (the percentage says how
                    well a placement fits what the trainee told us), but it
                    breaks ties: more kinds of support first;
    ``start``       1 when a start date falls within 30 days after
                    ``available_from``, falling linearly to 0 at 180 days; 0
                    when every start date is earlier.

``score`` is ``round(100 * sum(weight * fraction) / sum(weight))`` over the
criteria the profile gives input for, so a score is
a percentage and weights are relative (all of them 0: every score is 100). ``DEFAULT_WEIGHTS`` can be overridden per
criterion with ``Profile.weights`` (numbers 0..``MAX_WEIGHT``);
:func:`weights_for_priorities` turns "what matters most" choices into weights.

Unknowns: a constraint whose input is missing (no age, no maximum weeks, no
languages, no needs) is not checked; for languages the requirement is then
listed under ``missing`` (``language_unknown``) so the trainee can check it.

The Django side pre-selects candidates in SQL with the same destination filter
and the same fractions for sector, keywords and EQF (see ``opportunities.matching.query``);
this module stays the one place that decides.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
CEFR_RANK = {level: rank for rank, level in enumerate(CEFR_LEVELS, start=1)}
EQF_RANGE = range(1, 9)

CRITERIA = ("destination", "sector", "keywords", "eqf", "support", "start")
# The trainee's own words say best what they want to do, so they weigh most; a
# sector is broad (a bakery and a joinery are both "manufacturing").
DEFAULT_WEIGHTS = {"destination": 3.0, "sector": 3.0, "keywords": 4.0, "eqf": 1.0, "support": 1.0, "start": 1.0}
PRIORITY_FACTOR = 3  # "what matters most": that criterion's default weight, tripled
MAX_WEIGHT = 10.0
HARD_CONSTRAINTS = ("deadline", "age", "duration", "language", "support")
# Under this score (a percentage) a placement is not called a match: it is not
# listed, neither as a result nor as a near miss. With the default weights, a
# placement in a chosen sector that mentions none of the trainee's words falls
# under it (see golden/profiles.yaml, run by ``manage.py eval_matching``).
MATCH_THRESHOLD = 60

START_FULL_DAYS = 30  # a start within this many days after available_from scores 1
START_ZERO_DAYS = 180  # ... falling to 0 at this many days
MAX_KEYWORDS = 8
MIN_KEYWORD_LENGTH = 2

REASON_CODES = (
    "destination",
    "sector",
    "keywords",
    "eqf_fit",
    "support_needs",
    "support_offered",
    "start",
    "language",
    "language_none",
    "duration",
    "age",
)
MISSING_CODES = (
    "destination_other",
    "sector_other",
    "keywords_missing",
    "eqf_near",
    "eqf_far",
    "support_none",
    "start_later",
    "start_before",
    "start_unknown",
    "language_unknown",
)

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


# --- Text --------------------------------------------------------------------
def normalise_text(text: str) -> str:
    """Lower-case, accents removed, words separated by single spaces ("Köchin/Koch" -> "kochin koch")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).split())


def keyword_terms(text: str | Iterable[str]) -> tuple[str, ...]:
    """The trainee's words, normalised, without duplicates, at most ``MAX_KEYWORDS``."""
    if not isinstance(text, str):
        text = " ".join(text)
    terms: list[str] = []
    for word in normalise_text(text).split():
        if len(word) >= MIN_KEYWORD_LENGTH and word not in terms:
            terms.append(word)
    return tuple(terms[:MAX_KEYWORDS])


def weights_for_priorities(priorities: Iterable[str]) -> dict[str, float]:
    """Weights for "what matters most": each chosen criterion counts ``PRIORITY_FACTOR`` times (at most MAX_WEIGHT)."""
    chosen = set(priorities)
    unknown = chosen - set(CRITERIA)
    if unknown:
        raise ValueError(f"unknown criteria: {sorted(unknown)}")
    return {name: min(DEFAULT_WEIGHTS[name] * PRIORITY_FACTOR, MAX_WEIGHT) for name in CRITERIA if name in chosen}


# --- Data --------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    """A reason, a missing point or a failed constraint: a code and its parameters."""

    code: str
    params: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Profile:
    """The trainee's profile and needs. Nothing here is ever stored."""

    destination_countries: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    keywords: tuple[str, ...] = ()
    eqf_level: int | None = None
    languages: Mapping[str, str] = field(default_factory=dict)  # {"en": "B1"}
    available_from: datetime.date | None = None
    max_weeks: int | None = None
    age: int | None = None
    support_needs: frozenset[str] = frozenset()
    weights: Mapping[str, float] = field(default_factory=dict)
    include_other_countries: bool = False

    def __post_init__(self):
        object.__setattr__(self, "destination_countries", frozenset(self.destination_countries))
        object.__setattr__(self, "sectors", frozenset(self.sectors))
        object.__setattr__(self, "support_needs", frozenset(self.support_needs))
        object.__setattr__(self, "keywords", keyword_terms(self.keywords))
        if self.eqf_level is not None and self.eqf_level not in EQF_RANGE:
            raise ValueError("eqf_level must be 1 to 8")
        for language, level in self.languages.items():
            if level not in CEFR_RANK:
                raise ValueError(f"unknown CEFR level {level!r} for {language!r}")
        for name, weight in self.weights.items():
            if name not in CRITERIA:
                raise ValueError(f"unknown criterion {name!r}")
            if not 0 <= weight <= MAX_WEIGHT:
                raise ValueError(f"weight of {name!r} must be 0 to {MAX_WEIGHT:g}")

    def effective_weights(self) -> dict[str, float]:
        return {name: float(self.weights.get(name, DEFAULT_WEIGHTS[name])) for name in CRITERIA}

    def in_chosen_country(self, country: str) -> bool:
        """True when ``country`` is one the trainee chose, or when they chose none."""
        return not self.destination_countries or country in self.destination_countries

    def applicable_criteria(self) -> tuple[str, ...]:
        """Criteria the profile gives input for; the score is a share of their weights."""
        given = {
            "destination": False,  # a filter, never a score
            "sector": bool(self.sectors),
            "keywords": bool(self.keywords),
            "eqf": self.eqf_level is not None,
            "support": bool(self.support_needs),
            "start": self.available_from is not None,
        }
        return tuple(name for name in CRITERIA if given[name])


@dataclass(frozen=True)
class Candidate:
    """One opportunity as the engine sees it."""

    id: int
    title: str
    country: str
    sector: str
    application_deadline: datetime.date
    url: str = ""
    keywords: str = ""  # normalise_text() of title, keywords and tags
    eqf_min: int = 1
    eqf_max: int = 8
    duration_min_weeks: int = 1
    duration_max_weeks: int = 104
    age_min: int = 0
    age_max: int = 200
    languages: Mapping[str, str] = field(default_factory=dict)  # alternatives: {"de": "B1", "en": "B2"}
    supports: frozenset[str] = frozenset()
    start_dates: tuple[datetime.date, ...] = ()


@dataclass(frozen=True)
class Result:
    candidate: Candidate
    score: int
    reasons: tuple[Message, ...]
    missing: tuple[Message, ...]
    failed: tuple[Message, ...]
    capped_from: int | None = None  # the score before it was capped to keep the page's order


@dataclass(frozen=True)
class Outcome:
    results: tuple[Result, ...]
    near_misses: tuple[Result, ...]
    considered: int
    other_countries: tuple[Result, ...] = ()

    def page(self) -> tuple[Result, ...]:
        """Every listed placement in the page's order: results, other countries, near misses."""
        return self.results + self.other_countries + self.near_misses


# --- Evaluation ----------------------------------------------------------------
def _order(score: int, candidate: Candidate) -> tuple:
    """The page's order: score, then kinds of support offered, then deadline, then id."""
    return (-score, -len(candidate.supports), candidate.application_deadline, candidate.id)


class _Plan:
    """What every candidate is compared with, worked out once per profile."""

    __slots__ = ("profile", "weights", "total", "languages", "start_span")

    def __init__(self, profile: Profile):
        self.profile = profile
        weights = profile.effective_weights()
        self.weights = {name: weights[name] for name in profile.applicable_criteria()}
        self.total = sum(self.weights.values())
        self.languages = {code: CEFR_RANK[level] for code, level in profile.languages.items()}
        self.start_span = START_ZERO_DAYS - START_FULL_DAYS


def _constraints(plan: _Plan, candidate: Candidate, today: datetime.date, explain: bool):
    """``(failed constraint names, confirmations, failures, notes)``; messages only when ``explain``.

    Confirmations are reasons for constraints met; notes are points to check (a
    language requirement when the trainee named no language).
    """
    profile = plan.profile
    failed: list[str] = []
    confirmations: list[Message] = []
    failures: list[Message] = []
    notes: list[Message] = []

    if candidate.application_deadline < today:
        failed.append("deadline")
        if explain:
            failures.append(Message("deadline", {"date": candidate.application_deadline}))

    if profile.age is not None:
        ok = candidate.age_min <= profile.age <= candidate.age_max
        if not ok:
            failed.append("age")
        if explain:
            bounds = {"age": profile.age, "min": candidate.age_min, "max": candidate.age_max}
            (confirmations if ok else failures).append(Message("age", bounds))

    if profile.max_weeks is not None:
        ok = candidate.duration_min_weeks <= profile.max_weeks
        if not ok:
            failed.append("duration")
        if explain:
            weeks = {
                "min": candidate.duration_min_weeks,
                "max": candidate.duration_max_weeks,
                "max_weeks": profile.max_weeks,
            }
            (confirmations if ok else failures).append(Message("duration", weeks))

    if candidate.languages:
        if plan.languages:
            met = sorted(
                (language, required)
                for language, required in candidate.languages.items()
                if plan.languages.get(language, 0) >= CEFR_RANK[required]
            )
            if not met:
                failed.append("language")
            if explain:
                requirements = tuple(sorted(candidate.languages.items()))
                if met:
                    language, required = met[0]
                    params = {"language": language, "level": profile.languages[language], "required": required}
                    confirmations.append(Message("language", params))
                else:
                    yours = tuple(
                        (code, profile.languages[code]) for code, _level in requirements if code in profile.languages
                    )
                    failures.append(Message("language", {"requirements": requirements, "yours": yours}))
        elif explain:
            notes.append(Message("language_unknown", {"requirements": tuple(sorted(candidate.languages.items()))}))
    elif explain:
        confirmations.append(Message("language_none"))

    if profile.support_needs and not profile.support_needs <= candidate.supports:
        failed.append("support")
        if explain:
            failures.append(Message("support", {"supports": tuple(sorted(profile.support_needs - candidate.supports))}))

    return failed, confirmations, failures, notes


def _score(plan: _Plan, candidate: Candidate, explain: bool):
    """``(score, reasons, missing)``; messages only when ``explain``. The one place scores are computed."""
    profile = plan.profile
    weights = plan.weights
    achieved = 0.0
    reasons: list[Message] = []
    missing: list[Message] = []

    if explain and profile.destination_countries:  # a filter: explained, not scored
        if candidate.country in profile.destination_countries:
            reasons.append(Message("destination", {"country": candidate.country}))
        else:
            missing.append(Message("destination_other", {"country": candidate.country}))

    if "sector" in weights:
        if candidate.sector in profile.sectors:
            achieved += weights["sector"]
            if explain:
                reasons.append(Message("sector", {"sector": candidate.sector}))
        elif explain:
            missing.append(Message("sector_other", {"sector": candidate.sector}))

    if "keywords" in weights:
        found = tuple(term for term in profile.keywords if term in candidate.keywords)
        achieved += weights["keywords"] * len(found) / len(profile.keywords)
        if explain:
            absent = tuple(term for term in profile.keywords if term not in found)
            if found:
                reasons.append(Message("keywords", {"words": found}))
            if absent:
                missing.append(Message("keywords_missing", {"words": absent}))

    if "eqf" in weights:
        level = profile.eqf_level
        bounds = {"level": level, "min": candidate.eqf_min, "max": candidate.eqf_max} if explain else None
        if candidate.eqf_min <= level <= candidate.eqf_max:
            achieved += weights["eqf"]
            if explain:
                reasons.append(Message("eqf_fit", bounds))
        elif candidate.eqf_min - 1 <= level <= candidate.eqf_max + 1:
            achieved += weights["eqf"] * 0.5
            if explain:
                missing.append(Message("eqf_near", bounds))
        elif explain:
            missing.append(Message("eqf_far", bounds))

    if "support" in weights:
        offered = profile.support_needs & candidate.supports
        achieved += weights["support"] * len(offered) / len(profile.support_needs)
        if explain and offered == profile.support_needs:
            reasons.append(Message("support_needs", {"supports": tuple(sorted(offered))}))
    elif explain:  # no needs: what is offered is said, not scored (it breaks ties)
        if candidate.supports:
            reasons.append(Message("support_offered", {"supports": tuple(sorted(candidate.supports))}))
        else:
            missing.append(Message("support_none"))

    if "start" in weights:
        available = profile.available_from
        first = min((start for start in candidate.start_dates if start >= available), default=None)
        if first is not None:
            days = (first - available).days
            if days <= START_FULL_DAYS:
                achieved += weights["start"]
                if explain:
                    reasons.append(Message("start", {"date": first, "days": days}))
            else:
                achieved += weights["start"] * max(0.0, 1 - (days - START_FULL_DAYS) / plan.start_span)
                if explain:
                    missing.append(Message("start_later", {"date": first, "days": days}))
        elif explain:
            if candidate.start_dates:
                missing.append(Message("start_before", {"date": max(candidate.start_dates)}))
            else:
                missing.append(Message("start_unknown"))

    score = 100 if plan.total <= 0 else round(100 * achieved / plan.total)
    return score, reasons, missing


def _evaluate(plan: _Plan, candidate: Candidate, today: datetime.date) -> Result:
    _failed, confirmations, failures, notes = _constraints(plan, candidate, today, explain=True)
    score, reasons, missing = _score(plan, candidate, explain=True)
    return Result(
        candidate=candidate,
        score=score,
        reasons=tuple(reasons + confirmations),
        missing=tuple(missing + notes),
        failed=tuple(failures),
    )


def evaluate(profile: Profile, candidate: Candidate, today: datetime.date) -> Result:
    """Check, score and explain one candidate."""
    return _evaluate(_Plan(profile), candidate, today)


def _capped(results: Iterable[Result], ceiling: int | None) -> tuple[Result, ...]:
    """``results`` (sorted) with no score above ``ceiling``; a capped one keeps its own in ``capped_from``."""
    if ceiling is None:
        return tuple(results)
    return tuple(
        replace(result, score=ceiling, capped_from=result.score) if result.score > ceiling else result
        for result in results
    )


def rank(
    profile: Profile,
    candidates: Iterable[Candidate],
    today: datetime.date,
    limit: int = 20,
    near_miss_limit: int = 10,
    threshold: int = MATCH_THRESHOLD,
) -> Outcome:
    """The page: the best ``limit`` results (and as many in other countries) and ``near_miss_limit`` near misses.

    Every candidate is checked and scored; only those shown are explained (their
    messages built). A candidate id seen twice is evaluated once (the first one counts).
    """
    plan = _Plan(profile)
    passing: list[tuple] = []
    elsewhere: list[tuple] = []
    near: list[tuple] = []
    seen: set[int] = set()
    for candidate in candidates:
        if candidate.id in seen:
            continue
        seen.add(candidate.id)
        chosen = profile.in_chosen_country(candidate.country)
        if not chosen and not profile.include_other_countries:
            continue
        failed = _constraints(plan, candidate, today, explain=False)[0]
        if len(failed) > 1 or (failed and not chosen):
            continue
        score = _score(plan, candidate, explain=False)[0]
        if score < threshold:
            continue
        group = near if failed else passing if chosen else elsewhere
        group.append((_order(score, candidate), candidate))
    for group in (passing, elsewhere, near):
        group.sort(key=lambda row: row[0])
    results = tuple(_evaluate(plan, row[1], today) for row in passing[:limit])
    ceiling = results[-1].score if results else None
    other_countries = _capped((_evaluate(plan, row[1], today) for row in elsewhere[:limit]), ceiling)
    if other_countries:
        ceiling = other_countries[-1].score
    near_misses = _capped((_evaluate(plan, row[1], today) for row in near[:near_miss_limit]), ceiling)
    return Outcome(
        results=results,
        near_misses=near_misses,
        considered=len(seen),
        other_countries=other_countries,
    )
