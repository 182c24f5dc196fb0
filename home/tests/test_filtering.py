"""The faceted-listing machine (home.filtering): one declaration per facet drives reading,
filtering, counting, the form's options and the chips, for every listing.

Each app's listing is tested with its own declaration in ``<app>/tests/`` (counts against
``home.testing.brute_force_counts``)."""

import pytest
from django.http import QueryDict

from home.filtering import MAX_VALUES_PER_FILTER, Facet, FacetedListing

COUNTRIES = [("DE", "Germany"), ("ES", "Spain")]


# --- Declarations (no database) ------------------------------------------------------
def test_a_facet_is_counted_in_exactly_one_way():
    with pytest.raises(ValueError):
        Facet("country", COUNTRIES, "Country", "in_country")
    with pytest.raises(ValueError):
        Facet("country", COUNTRIES, "Country", "in_country", row="country", child="rows__country")
    with pytest.raises(ValueError):
        FacetedListing(
            Facet("country", COUNTRIES, "Country", "in_country", row="country"),
            Facet("country", COUNTRIES, "Country", "in_country", row="country"),
        )


def test_reading_keeps_known_codes_in_order_and_notes_the_rest():
    listing = FacetedListing(Facet("country", COUNTRIES, "Country", "in_country", str.upper, row="country"))
    faceted = listing.run(QueryDict("country=es,de&country=ES&country=XX&country=%00"), queryset=None)
    assert faceted.chosen == {"country": ["ES", "DE"]}
    assert [str(note) for note in faceted.notes] == ["Unknown value “XX” for “country” was ignored."]
    assert faceted.is_filtered
    many = QueryDict("&".join(["country=XX"] * (MAX_VALUES_PER_FILTER + 10)))
    assert len(listing.run(many, queryset=None).notes) == MAX_VALUES_PER_FILTER
