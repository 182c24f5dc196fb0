"""The golden set of matching: trainee profiles a youth worker wrote, and what they expect.

``golden/profiles.yaml`` holds the profiles. Each one has:

``name``, ``who``
    A short name and the trainee as the youth worker describes them.
``profile``
    What the form (and the API) would be sent: the same field names and value
    shapes (``languages: ["de:B1"]``, ``destination_countries: [DE]`` ...).
    ``available_from`` may be a date or ``+<days>d`` (days from today, as the
    demo's dates are relative to the day it was loaded).
``first``
    Placements (slugs) that must come first: each among the first ``within``
    results (default: as many as are listed), in a chosen country.
``not_shown``
    Placements that must not be on the page at all (not a result, not in
    another country's list, not a near miss), each with ``why``. Each is either
    filtered out (a country not chosen, more than one unmet condition ...) or
    scores under ``engine.MATCH_THRESHOLD``.
``near_misses``
    Optional: placements that must be listed as near misses (one unmet condition).
``other_countries``
    Optional: placements that must be listed among the other countries.

``check(spec, ...)`` runs one profile through the same form and service as the
view (``MatchForm`` -> ``service.find_matches``) and says whether it holds and,
if not, why not. Slugs identify placements (``<role>-<country>`` in the demo).
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.http import QueryDict
from django.utils import timezone

from . import engine
from .forms import MatchForm
from .index import CANDIDATE_FIELDS, candidate_from_row
from .models import MatchEntry
from .service import find_matches

GOLDEN = Path(__file__).resolve().parent / "golden" / "profiles.yaml"


@dataclass
class Verdict:
    name: str
    holds: bool
    problems: list = field(default_factory=list)
    results: list = field(default_factory=list)  # slugs, in order


def load(path=GOLDEN):
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data["profiles"]


def _as_query(profile, today):
    """The profile as the form's POST data (the API's JSON shapes turned into the form's strings)."""
    query = QueryDict(mutable=True)
    for name, value in profile.items():
        if name == "available_from" and isinstance(value, str) and value.startswith("+") and value.endswith("d"):
            value = (today + datetime.timedelta(days=int(value[1:-1]))).isoformat()
        if isinstance(value, bool):
            if value:
                query[name] = "on"
            continue
        values = value if isinstance(value, list) else [value]
        query.setlist(name, [str(item) for item in values])
    return query


def _entries(locale):
    """``{slug: MatchEntry values}`` of ``locale``."""
    rows = MatchEntry.objects.filter(locale=locale).values(*CANDIDATE_FIELDS, "page__slug")
    return {row["page__slug"]: row for row in rows}


def _fate(slug, profile, entries, today):
    """Why a placement is not on the page: filtered (which condition) or its score under the threshold."""
    row = entries.get(slug)
    if row is None:
        return "not in the index"
    candidate = candidate_from_row({key: value for key, value in row.items() if key != "page__slug"})
    if not profile.in_chosen_country(candidate.country) and not profile.include_other_countries:
        return f"filtered: {candidate.country} not chosen"
    result = engine.evaluate(profile, candidate, today)
    failed = [message.code for message in result.failed]
    if len(failed) > 1:
        return f"filtered: {', '.join(failed)}"
    if failed and not profile.in_chosen_country(candidate.country):
        return f"filtered: {failed[0]} (other country)"
    if result.score < engine.MATCH_THRESHOLD:
        return f"score {result.score} < {engine.MATCH_THRESHOLD}"
    return f"score {result.score}"


def check(spec, locale, today=None, entries=None):
    """Run one golden profile; a ``Verdict``."""
    today = today or timezone.localdate()
    entries = entries if entries is not None else _entries(locale)
    name = spec["name"]
    form = MatchForm(_as_query(spec.get("profile") or {}, today))
    if not form.is_valid():
        return Verdict(name, False, [f"form errors: {dict(form.errors)}"])
    profile = form.profile(today=today)
    outcome = find_matches(profile, locale, today=today).outcome
    slug_of = {row["page_id"]: slug for slug, row in entries.items()}
    results = [slug_of.get(result.candidate.id, "?") for result in outcome.results]
    others = [slug_of.get(result.candidate.id, "?") for result in outcome.other_countries]
    near = [slug_of.get(result.candidate.id, "?") for result in outcome.near_misses]
    problems = []
    named = (
        list(spec.get("first") or []) + list(spec.get("near_misses") or []) + list(spec.get("other_countries") or [])
    )
    named += [item["slug"] if isinstance(item, dict) else item for item in spec.get("not_shown") or []]
    problems += [f"{slug}: no such placement" for slug in named if slug not in entries]

    first = spec.get("first") or []
    within = spec.get("within") or len(first)
    for slug in first:
        if slug not in results:
            where = "a near miss" if slug in near else "another country" if slug in others else "not shown"
            problems.append(f"{slug} not a result ({where}; {_fate(slug, profile, entries, today)})")
        elif results.index(slug) >= within:
            problems.append(f"{slug} is #{results.index(slug) + 1}, not in the first {within}")
    for item in spec.get("not_shown") or []:
        slug = item["slug"] if isinstance(item, dict) else item
        for label, group in (("a result", results), ("in other countries", others), ("a near miss", near)):
            if slug in group:
                problems.append(f"{slug} shown as {label} ({_fate(slug, profile, entries, today)})")
    for slug in spec.get("near_misses") or []:
        if slug not in near:
            problems.append(f"{slug} not a near miss ({_fate(slug, profile, entries, today)})")
    for slug in spec.get("other_countries") or []:
        if slug not in others:
            problems.append(f"{slug} not among other countries ({_fate(slug, profile, entries, today)})")
    scores = [result.score for result in outcome.page()]
    if any(later > earlier for earlier, later in zip(scores, scores[1:], strict=False)):
        problems.append(f"percentages rise down the page: {scores}")
    return Verdict(name, not problems, problems, results)


def demo_day(locale):
    """The day the demo was loaded (its deadlines and start dates count from it): the day the
    first opportunity of ``locale`` was published; today when there is none."""
    from opportunities.models import OpportunityPage

    first = (
        OpportunityPage.objects.filter(locale=locale, first_published_at__isnull=False)
        .order_by("first_published_at")
        .values_list("first_published_at", flat=True)
        .first()
    )
    return timezone.localdate(first) if first else timezone.localdate()


def run(profiles, locale, today=None):
    today = today or timezone.localdate()
    entries = _entries(locale)
    return [check(spec, locale, today, entries) for spec in profiles]


def table(verdicts):
    """The verdicts as a Markdown table and a count line."""
    lines = ["| profile | holds | why not |", "| --- | --- | --- |"]
    for verdict in verdicts:
        why = "; ".join(verdict.problems).replace("|", "/")
        lines.append(f"| {verdict.name} | {'yes' if verdict.holds else 'no'} | {why} |")
    holding = sum(verdict.holds for verdict in verdicts)
    lines.append("")
    lines.append(f"{holding} of {len(verdicts)} profiles hold (threshold {engine.MATCH_THRESHOLD}).")
    return "\n".join(lines)
