"""The stats app's fixtures: a small network whose figures are known.

The page tree fixtures come from the opportunities and enterprises apps (placements and
organisations are what the statistics count); the shared ones from ``home.testing``.
"""

import datetime

import pytest
from django.utils import timezone

from enterprises.factories import EnterprisePageFactory, SocialPartnerPageFactory, VetProviderPageFactory
from enterprises.tests.conftest import organisation_index, organisation_sections  # noqa: F401
from opportunities.factories import OpportunityPageFactory
from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401
from stats.models import UsageCount


@pytest.fixture
def network(sections, organisation_sections):  # noqa: F811
    """Four placements (three open: two in Germany, one in Spain; one closed in Italy), three
    organisations, and usage counters of this year."""
    today = timezone.localdate()
    days = datetime.timedelta
    placements = {
        "de_kitchen": OpportunityPageFactory(
            parent=sections["DE"],
            country="DE",
            sector="I",
            eqf_min=2,
            eqf_max=4,
            rows__supports=["accompanying_person", "reinforced_mentoring"],
            rows__languages=[("de", "A2"), ("en", "B1")],
        ),
        "de_garage": OpportunityPageFactory(
            parent=sections["DE"],
            country="DE",
            sector="G",
            opportunity_type="apprenticeship",
            eqf_min=3,
            eqf_max=3,
            rows__supports=["accompanying_person"],
            rows__languages=[("de", "B1")],
        ),
        "es_hotel": OpportunityPageFactory(
            parent=sections["ES"], country="ES", sector="I", eqf_min=4, eqf_max=5, rows__languages=[("es", "A2")]
        ),
        "it_closed": OpportunityPageFactory(
            parent=sections["IT"], country="IT", sector="A", application_deadline=today - days(1)
        ),
    }
    organisations = [
        EnterprisePageFactory(parent=organisation_sections["DE"], country="DE"),
        SocialPartnerPageFactory(parent=organisation_sections["DE"], country="DE"),
        VetProviderPageFactory(parent=organisation_sections["ES"], country="ES"),
    ]
    first_of_month = today.replace(day=1)
    counters = [
        ("match", "", 7),
        ("match_with_result", "", 3),  # suppressed: "fewer than 5"
        ("search", "en", 5),
        ("search", "de", 4),  # search total 9 in the month: exact
        ("search_no_result", "en", 0),
        ("passport_pdf", "en", 12),
        ("passport_pdf", "de", 2),  # suppressed
        ("registration_created", "DE", 6),
        ("registration_approved", "DE", 5),
        ("registration_rejected", "DE", 1),  # suppressed
        ("registration_created", "ES", 2),  # suppressed
    ]
    for measure, key, count in counters:
        UsageCount.objects.create(date=first_of_month, measure=measure, key=key, count=count)
    # Last year's counters are another period: never mixed in.
    UsageCount.objects.create(date=first_of_month.replace(year=today.year - 1), measure="match", key="", count=40)
    return {"placements": placements, "organisations": organisations}
