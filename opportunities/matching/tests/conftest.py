"""The matching sub-app's fixtures: a small catalogue and the issue's example trainee.

The shared fixtures come from ``home.testing`` (root ``conftest.py``); the country
sections from the opportunities app.
"""

import pytest

from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401


@pytest.fixture
def match_catalogue(sections):
    """Open placements for the issue's example trainee (19, English B1, needs an accompanying
    person, hospitality in Germany or Spain, at most 12 weeks): two fit, four fail exactly one
    hard constraint, one fails two."""
    import datetime

    from django.utils import timezone

    from opportunities.factories import OpportunityPageFactory

    today = timezone.localdate()
    days = datetime.timedelta
    make = OpportunityPageFactory
    person = ["accompanying_person"]
    return {
        "es_hotel": make(
            parent=sections["ES"],
            title="Hotel reception in Valencia",
            country="ES",
            city="Valencia",
            search_keywords="reception hotel",
            application_deadline=today + days(20),
            rows__languages=[("es", "A2"), ("en", "B1")],
            rows__supports=person + ["local_buddy"],
        ),
        "it_farm": make(
            parent=sections["IT"],
            title="Organic farm in Tuscany",
            country="IT",
            sector="A",
            application_deadline=today + days(10),
            rows__supports=person,
        ),
        "de_german": make(
            parent=sections["DE"],
            title="Hotel kitchen in Berlin",
            application_deadline=today + days(15),
            rows__languages=[("de", "B1")],
            rows__supports=person,
        ),
        "de_long": make(
            parent=sections["DE"],
            title="Restaurant in Munich",
            duration_min_weeks=16,
            duration_max_weeks=26,
            application_deadline=today + days(25),
            rows__languages=[("en", "A2")],
            rows__supports=person,
        ),
        "de_no_support": make(
            parent=sections["DE"],
            title="Café in Hamburg",
            application_deadline=today + days(5),
            rows__languages=[("en", "B1")],
            rows__supports=["local_buddy"],
        ),
        "de_closed": make(
            parent=sections["DE"],
            title="Bakery in Leipzig",
            application_deadline=today - days(3),
            rows__supports=person,
        ),
        "de_two_fails": make(
            parent=sections["DE"],
            title="Hotel in Dresden",
            age_min=21,
            application_deadline=today + days(8),
        ),
    }


@pytest.fixture
def example_trainee():
    """The issue's example profile, as the form and the API take it."""
    return {
        "age": "19",
        "languages": ["en:B1"],
        "support_needs": ["accompanying_person"],
        "sectors": ["I"],
        "destination_countries": ["DE", "ES"],
        "max_weeks": "12",
    }
