"""The pure matching engine: each hard constraint, each soft score, ordering, and properties."""

import ast
import datetime
import pathlib
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opportunities.matching import engine
from opportunities.matching.engine import Candidate, Profile, evaluate, rank

TODAY = datetime.date(2026, 3, 1)
DAY = datetime.timedelta(days=1)


def candidate(**overrides):
    values = {
        "id": 1,
        "title": "Hotel kitchen",
        "country": "DE",
        "sector": "I",
        "application_deadline": TODAY + 30 * DAY,
        "keywords": engine.normalise_text("Hotel kitchen cook Koch"),
        "eqf_min": 2,
        "eqf_max": 4,
        "duration_min_weeks": 4,
        "duration_max_weeks": 12,
        "age_min": 16,
        "age_max": 29,
        "languages": {},
        "supports": frozenset({"accompanying_person"}),
        "start_dates": (TODAY + 60 * DAY,),
    }
    values.update(overrides)
    return Candidate(**values)


def codes(messages):
    return [message.code for message in messages]


def test_the_core_has_no_django_import():
    tree = ast.parse(pathlib.Path(engine.__file__).read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(name.split(".")[0] in {"django", "wagtail", "opportunities"} for name in imported)


def test_cefr_levels_match_the_vocabulary():
    from home import vocabularies as vocab

    assert engine.CEFR_LEVELS == tuple(vocab.codes(vocab.CEFR_LEVELS))


# --- Hard constraints ---------------------------------------------------------
def test_deadline_today_passes_yesterday_fails():
    assert not evaluate(Profile(), candidate(application_deadline=TODAY), TODAY).failed
    result = evaluate(Profile(), candidate(application_deadline=TODAY - DAY), TODAY)
    assert codes(result.failed) == ["deadline"]
    assert result.failed[0].params["date"] == TODAY - DAY


@pytest.mark.parametrize(("age", "fails"), [(15, True), (16, False), (29, False), (30, True)])
def test_age_must_be_in_range(age, fails):
    result = evaluate(Profile(age=age), candidate(), TODAY)
    assert codes(result.failed) == (["age"] if fails else [])
    if not fails:
        assert "age" in codes(result.reasons)


@pytest.mark.parametrize(("max_weeks", "fails"), [(3, True), (4, False), (12, False)])
def test_shortest_stay_must_fit_the_weeks_available(max_weeks, fails):
    result = evaluate(Profile(max_weeks=max_weeks), candidate(), TODAY)
    assert codes(result.failed) == (["duration"] if fails else [])


def test_language_level_at_or_above_the_requirement():
    job = candidate(languages={"de": "B1"})
    assert codes(evaluate(Profile(languages={"de": "A2"}), job, TODAY).failed) == ["language"]
    assert not evaluate(Profile(languages={"de": "B1"}), job, TODAY).failed
    assert not evaluate(Profile(languages={"de": "C2"}), job, TODAY).failed
    assert codes(evaluate(Profile(languages={"en": "C2"}), job, TODAY).failed) == ["language"]


def test_listed_languages_are_alternatives():
    job = candidate(languages={"de": "B1", "en": "B1"})
    result = evaluate(Profile(languages={"en": "B1", "de": "A1"}), job, TODAY)
    assert not result.failed
    language = next(m for m in result.reasons if m.code == "language")
    assert language.params == {"language": "en", "level": "B1", "required": "B1"}


def test_no_language_given_is_not_a_failure_but_a_point_to_check():
    result = evaluate(Profile(), candidate(languages={"de": "A2"}), TODAY)
    assert not result.failed
    assert "language_unknown" in codes(result.missing)
    assert "language_none" in codes(evaluate(Profile(), candidate(), TODAY).reasons)


def test_every_needed_support_must_be_offered():
    job = candidate(supports=frozenset({"accompanying_person", "local_buddy"}))
    assert not evaluate(Profile(support_needs={"accompanying_person"}), job, TODAY).failed
    result = evaluate(Profile(support_needs={"accompanying_person", "travel_arranged"}), job, TODAY)
    assert codes(result.failed) == ["support"]
    assert result.failed[0].params["supports"] == ("travel_arranged",)


# --- Soft scores ----------------------------------------------------------------
def test_destination_is_explained_but_not_scored_and_sector_is_scored():
    profile = Profile(destination_countries={"DE", "ES"}, sectors={"I"})
    fitting = evaluate(profile, candidate(), TODAY)
    other = evaluate(profile, candidate(country="IT", sector="C"), TODAY)
    elsewhere = evaluate(profile, candidate(country="IT"), TODAY)
    assert {"destination", "sector"} <= set(codes(fitting.reasons))
    assert {"destination_other", "sector_other"} <= set(codes(other.missing))
    assert fitting.score > other.score
    assert elsewhere.score == fitting.score  # the country is a filter (see rank), not a score
    assert "destination" not in profile.applicable_criteria()


def test_keywords_are_the_share_of_words_found_accents_and_case_ignored():
    profile = Profile(keywords="KÖCH garden")
    result = evaluate(profile, candidate(), TODAY)
    keywords = next(m for m in result.reasons if m.code == "keywords")
    assert keywords.params["words"] == ("koch",)
    assert next(m for m in result.missing if m.code == "keywords_missing").params["words"] == ("garden",)
    assert evaluate(Profile(keywords="cook"), candidate(), TODAY).score > result.score


def test_keyword_terms_are_normalised_unique_and_capped():
    assert engine.keyword_terms("Cook, cook; Köchin a") == ("cook", "kochin")
    assert len(engine.keyword_terms(" ".join(f"word{n}" for n in range(20)))) == engine.MAX_KEYWORDS


@pytest.mark.parametrize(
    ("level", "code", "fraction"), [(3, "eqf_fit", 1.0), (5, "eqf_near", 0.5), (7, "eqf_far", 0.0)]
)
def test_eqf_closeness(level, code, fraction):
    result = evaluate(Profile(eqf_level=level, weights={"support": 0}), candidate(eqf_min=2, eqf_max=4), TODAY)
    assert code in codes(result.reasons) + codes(result.missing)
    assert result.score == round(100 * fraction)


def test_support_without_needs_is_said_and_breaks_ties_but_is_not_scored():
    profile = Profile(sectors={"I"})
    none = evaluate(profile, candidate(id=1, supports=frozenset()), TODAY)
    two = evaluate(profile, candidate(id=2, supports=frozenset({"local_buddy", "travel_arranged"})), TODAY)
    assert none.score == two.score == 100
    assert "support_none" in codes(none.missing) and "support_offered" in codes(two.reasons)
    assert [r.candidate.id for r in rank(profile, [none.candidate, two.candidate], TODAY).results] == [2, 1]
    assert evaluate(Profile(), candidate(), TODAY).score == 100  # nothing told: everything fits it


def test_support_coverage_with_needs():
    result = evaluate(Profile(support_needs={"accompanying_person"}), candidate(), TODAY)
    assert result.score == 100
    assert next(m for m in result.reasons if m.code == "support_needs").params["supports"] == ("accompanying_person",)


def test_start_date_closeness():
    weights = {"support": 0}
    soon = candidate(start_dates=(TODAY + 10 * DAY, TODAY + 200 * DAY))
    later = candidate(start_dates=(TODAY + 105 * DAY,))
    earlier = candidate(start_dates=(TODAY - 10 * DAY,))
    assert evaluate(Profile(available_from=TODAY, weights=weights), soon, TODAY).score == 100
    assert evaluate(Profile(available_from=TODAY, weights=weights), later, TODAY).score == 50
    before = evaluate(Profile(available_from=TODAY, weights=weights), earlier, TODAY)
    assert before.score == 0 and "start_before" in codes(before.missing)
    unknown = evaluate(Profile(available_from=TODAY, weights=weights), candidate(start_dates=()), TODAY)
    assert "start_unknown" in codes(unknown.missing)


def test_weights_change_the_ranking():
    right_trade = candidate(id=1, sector="C", keywords="hotel kitchen cook")
    right_sector = candidate(id=2, sector="I", keywords="reception")
    jobs = [right_sector, right_trade]

    def order(profile):
        return [r.candidate.id for r in rank(profile, jobs, TODAY, threshold=0).results]

    assert order(Profile(sectors={"I"}, keywords="cook")) == [1, 2]  # the words weigh more than the sector
    assert order(Profile(sectors={"I"}, keywords="cook", weights=engine.weights_for_priorities(["sector"]))) == [2, 1]
    assert order(Profile(sectors={"I"}, keywords="cook", weights={"sector": 1})) == [1, 2]
    # "destination" is accepted and changes nothing: the countries are a filter.
    ignored = Profile(sectors={"I"}, keywords="cook", weights=engine.weights_for_priorities(["destination"]))
    assert rank(ignored, jobs, TODAY) == rank(Profile(sectors={"I"}, keywords="cook"), jobs, TODAY)


def test_invalid_profiles_are_refused():
    with pytest.raises(ValueError):
        Profile(eqf_level=9)
    with pytest.raises(ValueError):
        Profile(languages={"de": "B3"})
    with pytest.raises(ValueError):
        Profile(weights={"colour": 1})
    with pytest.raises(ValueError):
        Profile(weights={"sector": 11})
    with pytest.raises(ValueError):
        engine.weights_for_priorities(["colour"])


# --- Ranking ---------------------------------------------------------------------
def test_near_misses_fail_exactly_one_constraint_and_are_listed_apart():
    profile = Profile(age=19, max_weeks=12, support_needs={"accompanying_person"})
    fits = candidate(id=1)
    too_old = candidate(id=2, age_min=21)
    too_long = candidate(id=3, duration_min_weeks=20)
    both = candidate(id=4, age_min=21, duration_min_weeks=20)
    outcome = rank(profile, [both, too_long, fits, too_old], TODAY)
    assert [r.candidate.id for r in outcome.results] == [1]
    assert sorted((r.candidate.id, codes(r.failed)[0]) for r in outcome.near_misses) == [(2, "age"), (3, "duration")]
    assert outcome.considered == 4


def test_ties_are_broken_by_support_then_deadline_then_id():
    jobs = [
        candidate(id=3, application_deadline=TODAY + 5 * DAY),
        candidate(id=2, application_deadline=TODAY + 9 * DAY),
        candidate(id=1, application_deadline=TODAY + 9 * DAY),
        candidate(id=4, application_deadline=TODAY + 20 * DAY, supports=frozenset({"local_buddy", "travel_arranged"})),
    ]
    assert [r.candidate.id for r in rank(Profile(), jobs, TODAY).results] == [4, 3, 1, 2]


def test_limits_and_duplicates():
    jobs = [candidate(id=n) for n in range(30)] + [candidate(id=0)]
    outcome = rank(Profile(), jobs, TODAY, limit=5)
    assert len(outcome.results) == 5 and outcome.considered == 30


def test_the_done_when_example():
    """19, English B1, needs an accompanying person, hospitality in DE or ES, at most 12 weeks."""
    profile = Profile(
        age=19,
        languages={"en": "B1"},
        support_needs={"accompanying_person"},
        sectors={"I"},
        destination_countries={"DE", "ES"},
        max_weeks=12,
    )
    jobs = [
        candidate(id=1, languages={"es": "A2", "en": "B1"}, country="ES"),
        candidate(id=2, languages={"de": "B1"}),
        candidate(id=3, country="IT", languages={"en": "A2"}),
        candidate(id=4, supports=frozenset()),
    ]
    outcome = rank(profile, jobs, TODAY)
    assert [r.candidate.id for r in outcome.results] == [1]  # Italy was not chosen
    assert codes(outcome.results[0].reasons)[:3] == ["destination", "sector", "support_needs"]
    assert sorted((r.candidate.id, codes(r.failed)[0]) for r in outcome.near_misses) == [
        (2, "language"),
        (4, "support"),
    ]
    assert outcome.other_countries == ()
    also = rank(Profile(**{**profile.__dict__, "include_other_countries": True}), jobs, TODAY)
    assert [r.candidate.id for r in also.results] == [1]
    assert [r.candidate.id for r in also.other_countries] == [3]
    assert "destination_other" in codes(also.other_countries[0].missing)
    assert [r.candidate.id for r in also.page()] == [1, 3, 2, 4]


def test_other_countries_are_never_near_misses():
    profile = Profile(destination_countries={"DE"}, age=19, include_other_countries=True)
    jobs = [candidate(id=1, country="IT", age_min=21), candidate(id=2, age_min=21), candidate(id=3, country="IT")]
    outcome = rank(profile, jobs, TODAY)
    assert [r.candidate.id for r in outcome.other_countries] == [3]
    assert [r.candidate.id for r in outcome.near_misses] == [2]
    assert not rank(Profile(destination_countries={"DE"}, age=19), jobs, TODAY).other_countries


def test_under_the_threshold_nothing_is_listed():
    profile = Profile(sectors={"I"}, keywords="cook garden hotel")
    strong = candidate(id=1)  # sector and two words of three: 3 + 4 * 2/3 of 7 = 81
    weak = candidate(id=2, sector="C", keywords="garden")  # one word of three: 4/3 of 7 = 19
    near = candidate(id=3, age_min=30)
    weak_near = candidate(id=4, sector="C", keywords="garden", age_min=30)
    outcome = rank(Profile(**{**profile.__dict__, "age": 20}), [strong, weak, near, weak_near], TODAY)
    assert [r.candidate.id for r in outcome.results] == [1]
    assert [r.candidate.id for r in outcome.near_misses] == [3]
    assert evaluate(profile, weak, TODAY).score < engine.MATCH_THRESHOLD <= evaluate(profile, strong, TODAY).score


def test_near_misses_never_show_more_than_the_last_result():
    profile = Profile(sectors={"I"}, keywords="cook kitchen", age=20)
    half = candidate(id=1, keywords="cook")  # sector and one word of two: 5 of 7 = 71
    near = candidate(id=2, age_min=30)  # both words: 100, but too old
    outcome = rank(profile, [near, half], TODAY)
    assert [r.score for r in outcome.results] == [71]
    assert [(r.score, r.capped_from) for r in outcome.near_misses] == [(71, 100)]
    assert evaluate(profile, near, TODAY).score == 100 and evaluate(profile, near, TODAY).capped_from is None


# --- Properties --------------------------------------------------------------------
SUPPORTS = ["accompanying_person", "local_buddy", "travel_arranged", "preparatory_visit"]
LANGS = ["de", "en", "es"]
dates = st.integers(min_value=-20, max_value=200).map(lambda days: TODAY + days * DAY)
levels = st.sampled_from(engine.CEFR_LEVELS)


@st.composite
def candidates(draw):
    eqf_min = draw(st.integers(1, 8))
    duration_min = draw(st.integers(1, 30))
    age_min = draw(st.integers(14, 25))
    return Candidate(
        id=draw(st.integers(min_value=1, max_value=10_000)),
        title="x",
        country=draw(st.sampled_from(["DE", "ES", "IT"])),
        sector=draw(st.sampled_from(["A", "C", "I"])),
        application_deadline=draw(dates),
        keywords=draw(st.sampled_from(["cook hotel", "garden farm", "car repair", ""])),
        eqf_min=eqf_min,
        eqf_max=draw(st.integers(eqf_min, 8)),
        duration_min_weeks=duration_min,
        duration_max_weeks=draw(st.integers(duration_min, 52)),
        age_min=age_min,
        age_max=draw(st.integers(age_min, 35)),
        languages=draw(st.dictionaries(st.sampled_from(LANGS), levels, max_size=2)),
        supports=frozenset(draw(st.sets(st.sampled_from(SUPPORTS)))),
        start_dates=tuple(draw(st.lists(dates, max_size=3))),
    )


profiles = st.builds(
    Profile,
    destination_countries=st.sets(st.sampled_from(["DE", "ES", "IT"])),
    sectors=st.sets(st.sampled_from(["A", "C", "I"])),
    keywords=st.sampled_from(["", "cook", "garden car", "hotel cook farm"]),
    eqf_level=st.none() | st.integers(1, 8),
    languages=st.dictionaries(st.sampled_from(LANGS), levels, max_size=2),
    available_from=st.none() | dates,
    max_weeks=st.none() | st.integers(1, 40),
    age=st.none() | st.integers(14, 35),
    support_needs=st.sets(st.sampled_from(SUPPORTS), max_size=2),
    weights=st.dictionaries(st.sampled_from(engine.CRITERIA), st.floats(0, 10), max_size=3),
)
job_lists = st.lists(candidates(), max_size=25, unique_by=lambda job: job.id)
hypothesis_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def violates_a_hard_constraint(profile, job):
    """An independent statement of the hard constraints."""
    if job.application_deadline < TODAY:
        return True
    if profile.age is not None and not job.age_min <= profile.age <= job.age_max:
        return True
    if profile.max_weeks is not None and job.duration_min_weeks > profile.max_weeks:
        return True
    if profile.languages and job.languages:
        order = engine.CEFR_LEVELS.index
        if not any(
            order(profile.languages.get(code, "A1")) >= order(level) and code in profile.languages
            for code, level in job.languages.items()
        ):
            return True
    return not profile.support_needs <= job.supports


@hypothesis_settings
@given(profiles, job_lists)
def test_no_result_violates_a_hard_constraint(profile, jobs):
    outcome = rank(profile, jobs, TODAY, limit=100, near_miss_limit=100)
    assert not any(violates_a_hard_constraint(profile, r.candidate) for r in outcome.results + outcome.other_countries)
    assert all(len(r.failed) == 1 for r in outcome.near_misses)
    chosen = profile.destination_countries or {"DE", "ES", "IT"}
    passing = {
        job.id
        for job in jobs
        if not violates_a_hard_constraint(profile, job)
        and job.country in chosen
        and evaluate(profile, job, TODAY).score >= engine.MATCH_THRESHOLD
    }
    assert {r.candidate.id for r in outcome.results} == passing
    # Destinations are a filter: nothing elsewhere unless asked, and never a near miss elsewhere.
    assert all(r.candidate.country in chosen for r in outcome.results + outcome.near_misses)
    assert not outcome.other_countries  # the strategy never asks for other countries
    # Nothing under the threshold is listed.
    assert all((r.capped_from or r.score) >= engine.MATCH_THRESHOLD for r in outcome.page())
    # rank() scores every candidate cheaply and explains only those it returns: the same answer.
    assert all(
        evaluate(profile, r.candidate, TODAY) == replace(r, score=r.capped_from or r.score, capped_from=None)
        for r in outcome.page()
    )


@hypothesis_settings
@given(profiles, candidates(), st.sampled_from(SUPPORTS))
def test_offering_a_needed_support_never_lowers_the_score(profile, job, support):
    profile = Profile(**{**profile.__dict__, "support_needs": profile.support_needs | {support}})
    without = evaluate(profile, Candidate(**{**job.__dict__, "supports": job.supports - {support}}), TODAY)
    with_it = evaluate(profile, Candidate(**{**job.__dict__, "supports": job.supports | {support}}), TODAY)
    assert with_it.score >= without.score
    assert len(with_it.failed) <= len(without.failed)


@hypothesis_settings
@given(profiles, job_lists)
def test_results_are_sorted(profile, jobs):
    outcome = rank(profile, jobs, TODAY, limit=100, near_miss_limit=100)
    for results in (outcome.results, outcome.other_countries, outcome.near_misses):
        keys = [engine._order(r.capped_from or r.score, r.candidate) for r in results]
        assert keys == sorted(keys)
        assert all(0 <= r.score <= 100 for r in results)
    shown = [r.score for r in outcome.page()]
    assert shown == sorted(shown, reverse=True)  # one order: percentages never rise down the page


@hypothesis_settings
@given(profiles, job_lists)
def test_with_other_countries_the_chosen_ones_come_first(profile, jobs):
    profile = replace(profile, include_other_countries=True)
    outcome = rank(profile, jobs, TODAY, limit=100, near_miss_limit=100)
    chosen = profile.destination_countries
    assert all(not chosen or r.candidate.country in chosen for r in outcome.results + outcome.near_misses)
    assert all(chosen and r.candidate.country not in chosen for r in outcome.other_countries)
    assert all(not r.failed for r in outcome.other_countries)
    shown = [r.score for r in outcome.page()]
    assert shown == sorted(shown, reverse=True)


@hypothesis_settings
@given(profiles, st.lists(candidates(), max_size=25, unique_by=lambda job: job.id), st.randoms())
def test_the_same_input_gives_the_same_output(profile, jobs, random):
    first = rank(profile, jobs, TODAY)
    shuffled = list(jobs)
    random.shuffle(shuffled)
    assert rank(profile, jobs, TODAY) == first
    assert rank(profile, shuffled, TODAY) == first


@pytest.mark.parametrize("criterion", engine.CRITERIA)
def test_any_criterion_may_matter_most(criterion):
    """ "What matters most" gives a valid profile for every criterion (keywords tripled was 12 > 10)."""
    weights = engine.weights_for_priorities([criterion])
    assert 0 < weights[criterion] <= engine.MAX_WEIGHT
    assert Profile(keywords="cook", weights=weights).effective_weights()[criterion] == weights[criterion]
