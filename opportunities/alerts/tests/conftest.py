"""The alerts' fixtures: the opportunities app's listing and sections, and a Spanish tree."""

import pytest

from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401


@pytest.fixture
def spanish_tree(home_page, opportunity_index, sections, translate):  # noqa: F811
    """The home page, the listing and the German section translated into Spanish."""
    translate(home_page, "es", {"Home": "Inicio"})
    index = translate(opportunity_index, "es", {"Opportunities": "Oportunidades"})
    translate(sections["DE"], "es")
    return index
