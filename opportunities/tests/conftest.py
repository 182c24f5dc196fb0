"""The opportunities app's fixtures: the listing page and its country sections.

The shared fixtures (``locales``, ``home_page``, ``translate``...) come from ``home.testing``.
Apps that link to opportunities import these two into their own conftest.
"""

import pytest

from home.testing import country_sections
from opportunities.factories import CountrySectionPageFactory, OpportunityIndexPageFactory


@pytest.fixture
def opportunity_index(home_page):
    return OpportunityIndexPageFactory(parent=home_page, locale=home_page.locale)


@pytest.fixture
def sections(opportunity_index):
    """Country sections for Germany, Spain and Italy in the English tree."""
    return country_sections(CountrySectionPageFactory, opportunity_index)
