"""The guideline listing's facets on the faceted-listing machine (home.filtering): counted like
a brute-force count, and the country facet from the country sections."""

import pytest
from django.http import QueryDict

from home.testing import brute_force_counts
from passport_pages.factories import GuidelineCountrySectionPageFactory, GuidelinePageFactory
from passport_pages.filters import LISTING as GUIDELINES
from passport_pages.models import GuidelinePage


def test_each_guideline_facet_is_a_queryset_method():
    assert {facet.method for facet in GUIDELINES.facets} <= set(dir(GuidelinePage.objects.all()))


@pytest.fixture
def country_guidelines(guideline_index):
    de = GuidelineCountrySectionPageFactory(parent=guideline_index, country="DE", title="Germany", slug="de")
    es = GuidelineCountrySectionPageFactory(parent=guideline_index, country="ES", title="Spain", slug="es")
    return {
        "network": GuidelinePageFactory(parent=guideline_index, title="Everyone", phase="before"),
        "de_before": GuidelinePageFactory(parent=de, title="Germany before", phase="before"),
        "de_during": GuidelinePageFactory(
            parent=de, title="Germany during", phase="during", rows__audiences=["host", "mentor"]
        ),
        "es_after": GuidelinePageFactory(parent=es, title="Spain after", phase="after", rows__audiences=["sending"]),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["", "country=DE", "country=de,es&phase=before", "audience=trainee", "country=ES&audience=host"]
)
def test_guideline_counts_equal_a_brute_force_count(country_guidelines, guideline_index, query):
    base = guideline_index.guidelines()
    faceted = GUIDELINES.run(QueryDict(query), base)

    def codes_of(page):
        parent = page.get_parent().specific
        return {
            "phase": [page.phase],
            "audience": sorted({row.audience for row in page.audiences.all()}),
            "country": [parent.country] if hasattr(parent, "country") else [],
        }

    pages = list(base.prefetch_related("audiences"))
    assert faceted.counts == brute_force_counts(GUIDELINES, pages, codes_of, faceted.chosen)


# --- The guideline country facet ----------------------------------------------------------
@pytest.mark.django_db
def test_guideline_listing_filters_by_country_section(client, country_guidelines):
    response = client.get("/en/guidelines/?country=de")
    titles = [page.title for group in response.context["groups"] for page in group["guidelines"]]
    assert titles == ["Germany before", "Germany during"]
    country = next(facet for facet in response.context["facets"] if facet["name"] == "country")
    assert [(o["code"], o["count"], o["checked"]) for o in country["options"]] == [
        ("DE", 2, True),
        ("ES", 1, False),
    ]
    html = response.content.decode()
    assert "<legend>Country</legend>" in html
    assert 'href="?"' in html  # the chip that removes country=DE


@pytest.mark.django_db
def test_guideline_queryset_in_country(country_guidelines):
    assert set(GuidelinePage.objects.in_country("DE", "ES").values_list("title", flat=True)) == {
        "Germany before",
        "Germany during",
        "Spain after",
    }
    assert not GuidelinePage.objects.in_country("IT").exists()
