"""The match table: kept current on publish, unpublish, delete and alias creation; rebuilt by command and bulk load;
candidates selected in SQL agree with the engine."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home import vocabularies as vocab
from opportunities.factories import OpportunityPageFactory
from opportunities.matching import engine, index, query
from opportunities.matching.models import MatchEntry

pytestmark = pytest.mark.django_db


def test_publishing_creates_the_entry_with_child_rows(sections):
    page = OpportunityPageFactory(
        parent=sections["DE"],
        title="Hotel kitchen",
        search_keywords="Köchin, cook",
        rows__languages=[("de", "B1"), ("en", "B2"), ("de", "A2")],
        rows__supports=["accompanying_person", "local_buddy"],
        rows__start_dates=[datetime.date(2030, 9, 1), datetime.date(2030, 3, 1)],
    )
    entry = MatchEntry.objects.get(page=page)
    assert entry.locale_id == page.locale_id
    assert (entry.country, entry.sector, entry.eqf_min, entry.eqf_max) == ("DE", "I", 2, 4)
    assert entry.languages == "de:A2,en:B2"  # the easier of two rows for one language
    assert index.supports_from_mask(entry.support_mask) == {"accompanying_person", "local_buddy"}
    assert entry.start_dates == "2030-03-01,2030-09-01"
    assert entry.keywords == "hotel kitchen kochin cook"


def test_republishing_updates_and_unpublishing_or_deleting_removes(sections):
    page = OpportunityPageFactory(parent=sections["DE"])
    page.sector = "C"
    page.save_revision().publish()
    assert MatchEntry.objects.get(page=page).sector == "C"
    page.unpublish()
    assert not MatchEntry.objects.filter(page=page).exists()
    page.save_revision().publish()
    assert MatchEntry.objects.filter(page=page).exists()
    page.delete()
    assert not MatchEntry.objects.exists()


def test_a_draft_does_not_change_the_entry(sections):
    page = OpportunityPageFactory(parent=sections["DE"])
    page.sector = "C"
    page.save_revision()
    assert MatchEntry.objects.get(page=page).sector == "I"


def test_private_pages_are_not_listed(sections):
    PageViewRestriction.objects.create(page=sections["IT"], restriction_type="password", password="x")
    page = OpportunityPageFactory(parent=sections["IT"], country="IT")
    assert not MatchEntry.objects.filter(page=page).exists()
    assert index.rebuild(log=lambda *a: None) == 0


def test_aliases_in_other_locales_get_entries(sections, locales):
    from wagtail_localize.synctree import synchronize_tree

    page = OpportunityPageFactory(parent=sections["DE"], rows__languages=[("de", "A2")], rows__supports=["local_buddy"])
    synchronize_tree(locales["en"], locales["de"])
    alias = page.get_translation(locales["de"])
    assert alias.alias_of_id == page.pk
    entry = MatchEntry.objects.get(page=alias)
    assert entry.locale == locales["de"]
    assert entry.languages == "de:A2"
    assert index.supports_from_mask(entry.support_mask) == {"local_buddy"}
    # The source's next publication updates the alias's entry too.
    page.title = "Renamed"
    page.save_revision().publish()
    assert MatchEntry.objects.get(page=alias).title == "Renamed"


def test_rebuild_command_recreates_the_table_like_the_signals(sections):
    pages = [OpportunityPageFactory(parent=sections["DE"], rows__languages=[("de", "B1")]) for _ in range(3)]
    pages[0].tags.add("Chef")
    pages[0].save_revision().publish()
    from_signals = {entry.page_id: entry for entry in MatchEntry.objects.all()}
    assert "chef" in from_signals[pages[0].pk].keywords
    MatchEntry.objects.all().delete()
    call_command("rebuild_match_index", stdout=io.StringIO())
    rebuilt = {entry.page_id: entry for entry in MatchEntry.objects.all()}
    assert set(rebuilt) == {p.pk for p in pages}
    fields = [field.attname for field in MatchEntry._meta.concrete_fields]
    for page_id, entry in rebuilt.items():
        assert [getattr(entry, name) for name in fields] == [getattr(from_signals[page_id], name) for name in fields]


def test_bulk_load_fills_the_table(sections, locales):
    from bench import bulk

    bulk.load(12, locales["en"], log=lambda *a: None, index=False)
    assert MatchEntry.objects.filter(locale=locales["en"]).count() == 12


def test_bit_layouts():
    assert len(index.LANGUAGE_CODES) <= index.LANGUAGES_PER_COLUMN * len(index.LANGUAGE_COLUMNS)
    assert index.support_mask(vocab.codes(vocab.SUPPORT)) == (1 << len(vocab.SUPPORT)) - 1
    for language in index.LANGUAGE_CODES:
        for required in engine.CEFR_LEVELS:
            entry = index.requirement_masks({language: required})
            for level in engine.CEFR_LEVELS:
                trainee = index.trainee_masks({language: level})
                meets = any(a & b for a, b in zip(entry, trainee, strict=True))
                assert meets == (engine.CEFR_RANK[level] >= engine.CEFR_RANK[required])
            other = "de" if language != "de" else "en"
            assert not any(a & b for a, b in zip(entry, index.trainee_masks({other: "C2"}), strict=True))


def test_sql_selection_agrees_with_the_engine(sections, locales):
    """The SQL filters and pre-score narrow exactly as the engine decides."""
    from bench import bulk

    bulk.load(120, locales["en"], seed=7, log=lambda *a: None, index=False)
    today = timezone.localdate()
    everything = [index.candidate_from_row(row) for row in MatchEntry.objects.values(*index.CANDIDATE_FIELDS)]
    profiles = [
        engine.Profile(),
        engine.Profile(age=17, max_weeks=6, languages={"en": "B1"}, support_needs={"local_buddy"}),
        engine.Profile(destination_countries={"ES"}, sectors={"I"}, keywords="cook hotel", eqf_level=3),
        engine.Profile(languages={"de": "A2", "es": "B1"}, support_needs={"travel_arranged", "local_buddy"}, age=26),
        engine.Profile(destination_countries={"ES"}, include_other_countries=True, sectors={"I"}, age=20),
    ]
    for profile in profiles:
        selection = query.select(profile, locales["en"], today)
        selected = engine.rank(profile, selection.candidates, today, limit=1000, near_miss_limit=1000)
        complete = engine.rank(profile, everything, today, limit=1000, near_miss_limit=1000)
        assert [r.candidate.id for r in selected.results] == [r.candidate.id for r in complete.results]
        assert [r.candidate.id for r in selected.other_countries] == [r.candidate.id for r in complete.other_countries]
        passing = [
            c
            for c in everything
            if not engine.evaluate(profile, c, today).failed
            and (profile.include_other_countries or profile.in_chosen_country(c.country))
        ]
        assert selection.passing == len(passing)
        recent = {
            r.candidate.id
            for r in complete.near_misses
            if (
                r.failed[0].code != "deadline"
                or r.candidate.application_deadline >= today - datetime.timedelta(days=query.RECENTLY_CLOSED_DAYS)
            )
            and (not profile.destination_countries or r.candidate.country in profile.destination_countries)
            and (not profile.sectors or r.candidate.sector in profile.sectors)
        }
        assert {r.candidate.id for r in selected.near_misses} == recent  # fewer than NEAR_MISS_LIMIT here


def test_the_prescore_limit_keeps_the_best(sections, locales):
    from bench import bulk

    bulk.load(60, locales["en"], seed=3, log=lambda *a: None, index=False)
    today = timezone.localdate()
    profile = engine.Profile(destination_countries={"IT"}, sectors={"I"})
    selection = query.select(profile, locales["en"], today, limit=5)

    def prescore(c):
        return 3 * (c.sector == "I")

    open_ones = [  # the country is a filter
        index.candidate_from_row(r)
        for r in MatchEntry.objects.filter(application_deadline__gte=today, country="IT").values(
            *index.CANDIDATE_FIELDS
        )
    ]
    best = sorted(open_ones, key=lambda c: (-prescore(c), c.application_deadline, c.id))[:5]
    assert [c.id for c in selection.candidates[:5]] == [c.id for c in best]
    assert selection.passing == 5
    assert selection.outside_bound is not None
