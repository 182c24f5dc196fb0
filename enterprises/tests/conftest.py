"""The enterprises app's fixtures: the organisation index and its country sections.

Organisations host opportunities, so the opportunities app's fixtures are used here too.
"""

import pytest

from enterprises.factories import OrganisationCountrySectionPageFactory, OrganisationIndexPageFactory
from home.testing import country_sections
from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401


@pytest.fixture
def organisation_index(home_page):
    return OrganisationIndexPageFactory(parent=home_page, locale=home_page.locale)


@pytest.fixture
def organisation_sections(organisation_index):
    """Organisation sections for Germany, Spain and Italy in the English tree."""
    return country_sections(OrganisationCountrySectionPageFactory, organisation_index)
