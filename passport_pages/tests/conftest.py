"""The passport_pages app's fixtures: the guideline index and the passport page.

The personalised passport and the guidelines list opportunities, so the opportunities app's
fixtures are used here too.
"""

import pytest

from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401
from passport_pages.factories import GuidelineIndexPageFactory, PassportPageFactory
from passport_pages.pdf import PassportBooklet


@pytest.fixture
def guideline_index(home_page):
    index = GuidelineIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def passport_page(home_page):
    passport = PassportPageFactory(parent=home_page)
    passport.save_revision().publish()
    return passport


@pytest.fixture
def fake_layout(monkeypatch):
    """Replace weasyprint's layout with a counter: every call is one real render avoided."""
    calls = []

    def layout(booklet):
        calls.append(booklet.cache_key)
        return b"%PDF-1.7 fake " + str(len(calls)).encode()

    monkeypatch.setattr(PassportBooklet, "layout", layout)
    return calls
