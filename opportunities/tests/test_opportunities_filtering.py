"""The opportunity listing's facets on the faceted-listing machine (home.filtering): declared
once, counted like a brute-force count, options and chips from the declaration."""

import datetime
import itertools

import pytest
from django.http import QueryDict
from django.utils import timezone

from home import vocabularies as vocab
from home.filtering import paginate
from home.testing import brute_force_counts
from opportunities.factories import OpportunityPageFactory
from opportunities.filters import LISTING as OPPORTUNITIES
from opportunities.models import OpportunityPage


# --- Declarations (no database) ------------------------------------------------------
def test_a_vocabulary_may_be_a_callable_read_in_the_active_language():
    levels = [facet for facet in OPPORTUNITIES.facets if facet.name == "eqf"][0]
    assert levels.choices()[3] == ("4", "EQF level 4")


def test_the_six_opportunity_filters_are_declared_once_in_order():
    assert OPPORTUNITIES.names == ["country", "sector", "type", "eqf", "language", "support"]
    assert {facet.method for facet in OPPORTUNITIES.facets} <= set(dir(OpportunityPage.objects.all()))


# --- Counting: equal to a brute-force count -------------------------------------------
@pytest.fixture
def varied_catalogue(sections):
    """Eighteen open opportunities whose codes vary independently, and a closed one."""
    today = timezone.localdate()
    combinations = itertools.islice(
        itertools.product(
            ["DE", "ES", "IT"],
            ["I", "G"],
            ["work_placement", "apprenticeship"],
            [(1, 2), (3, 5), (2, 4)],
            [[("de", "A2")], [("en", "B1"), ("es", "A2")], []],
            [["local_buddy"], ["accompanying_person", "local_buddy"], []],
        ),
        0,
        None,
        37,  # a stride through the 648 combinations: varied without being exhaustive
    )
    pages = []
    for number, (country, sector, kind, (low, high), languages, supports) in enumerate(combinations):
        pages.append(
            OpportunityPageFactory(
                parent=sections[country],
                title=f"Opportunity {number}",
                country=country,
                sector=sector,
                opportunity_type=kind,
                eqf_min=low,
                eqf_max=high,
                rows__languages=languages,
                rows__supports=supports,
            )
        )
    OpportunityPageFactory(parent=sections["DE"], application_deadline=today - datetime.timedelta(days=1))
    return pages


def opportunity_codes(page):
    return {
        "country": [page.country],
        "sector": [page.sector],
        "type": [page.opportunity_type],
        "eqf": [str(level) for level in range(page.eqf_min, page.eqf_max + 1)],
        "language": sorted({row.language for row in page.languages.all()}),
        "support": sorted({row.support for row in page.supports.all()}),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "",
        "country=DE",
        "country=DE&sector=I",
        "eqf=2&language=de",
        "support=local_buddy&type=apprenticeship",
        "country=ES,IT&eqf=5&support=accompanying_person&language=en",
        "sector=G&language=de,es&support=local_buddy&eqf=1&type=work_placement",
    ],
)
def test_counts_equal_a_brute_force_count(varied_catalogue, query, django_assert_num_queries):
    base = OpportunityPage.objects.live().public()
    faceted = OPPORTUNITIES.run(QueryDict(query), base)
    with django_assert_num_queries(3):  # one grouped count of row codes, one per child-row facet
        counts = faceted.counts
    pages = list(base.open().prefetch_related("languages", "supports"))
    assert counts == brute_force_counts(OPPORTUNITIES, pages, opportunity_codes, faceted.chosen)
    # And the results are the pages passing every facet.
    expected = {
        page.pk
        for page in pages
        if all(
            not chosen or set(opportunity_codes(page)[name]) & set(chosen) for name, chosen in faceted.chosen.items()
        )
    }
    assert set(faceted.results.values_list("pk", flat=True)) == expected


# --- Options and chips ----------------------------------------------------------------------
@pytest.mark.django_db
def test_counts_are_kept_until_the_next_publication(varied_catalogue, sections, django_assert_num_queries):
    base = OpportunityPage.objects.live().public()
    query = QueryDict("country=DE&support=local_buddy")
    first = OPPORTUNITIES.run(query, base).counts
    with django_assert_num_queries(0):  # the same listing asked again: from the content cache
        assert OPPORTUNITIES.run(query, base).counts == first
    with django_assert_num_queries(3):  # other choices are counted on their own
        assert OPPORTUNITIES.run(QueryDict("country=DE"), base).counts["country"]
    page = OpportunityPageFactory(parent=sections["DE"], rows__supports=["local_buddy"])
    page.save_revision().publish()  # a new content generation
    again = OPPORTUNITIES.run(query, base).counts
    assert again["country"]["DE"] == first["country"]["DE"] + 1
    # a queryset that cannot match (no SQL to key on) is counted, not an error
    assert OPPORTUNITIES.run(query, base.filter(pk__in=[])).counts["country"] == {}


@pytest.mark.django_db
def test_the_number_of_results_is_kept_until_the_next_publication(
    varied_catalogue, sections, rf, django_assert_num_queries
):
    request = rf.get("/", {"page": "1"})
    results = OpportunityPage.objects.live().in_country("DE")
    first = paginate(request, results, 2).paginator.count
    assert first == results.count() > 2
    with django_assert_num_queries(0):  # the same results asked again: not counted again
        assert paginate(request, results, 2).paginator.count == first
    with django_assert_num_queries(1):  # other results are counted on their own
        assert paginate(request, results.filter(sector="I"), 2).paginator.count < first
    assert paginate(request, OpportunityPage.objects.none(), 2).paginator.count == 0  # no SQL to key on
    page = OpportunityPageFactory(parent=sections["DE"])
    page.save_revision().publish()  # a new content generation
    assert paginate(request, results, 2).paginator.count == first + 1


def test_options_and_chips_come_from_the_declaration(varied_catalogue):
    query = QueryDict("country=DE&country=IT&eqf=2&page=3&q=opportunity")
    faceted = OPPORTUNITIES.run(query, OpportunityPage.objects.live())
    by_name = {facet["name"]: facet for facet in faceted.facets}
    assert [facet["name"] for facet in faceted.facets] == OPPORTUNITIES.names
    assert str(by_name["eqf"]["legend"]) == "EQF level"
    # Vocabulary order; values with no result and not chosen left out.
    expected = [code for code in vocab.codes(vocab.COUNTRIES) if faceted.counts["country"].get(code)]
    assert [option["code"] for option in by_name["country"]["options"]] == expected
    assert expected[:2] == ["DE", "IT"]
    assert all(option["count"] for option in by_name["language"]["options"])
    assert [option["checked"] for option in by_name["eqf"]["options"] if option["code"] == "2"] == [True]
    chips = {str(chip["label"]): QueryDict(chip["query"]) for chip in faceted.chips}
    assert set(chips) == {"Germany", "Italy", "EQF level 2", "“opportunity”"}
    assert chips["Germany"].getlist("country") == ["IT"] and "page" not in chips["Germany"]
    assert chips["EQF level 2"].getlist("country") == ["DE", "IT"] and "eqf" not in chips["EQF level 2"]
    assert "q" not in chips["“opportunity”"]


def test_the_listing_chip_for_a_search_uses_the_language_s_quotes():
    from types import SimpleNamespace

    from django.http import QueryDict
    from django.utils import translation

    from opportunities.filters import LISTING

    with translation.override("pl"):
        chips = LISTING.param_chips(QueryDict("q=kucharz&country=DE"), SimpleNamespace(q="kucharz"))
    assert chips == [{"label": "„kucharz”", "query": "country=DE"}]
