"""Fixtures shared by every test: locales, the page tree root, a home page and its site.

The chain is ``locales`` -> ``home_page`` (the English home, root of the default
site) -> ``translated`` (a helper that translates a page through wagtail-localize).
"""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.locales import sync_locales
from home.translation import translate_page
from tests.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    """Every configured locale, synchronised from English (as `make run` sets them up)."""
    sync_locales()
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(locales, root_page):
    """The English home page, root of the default site (Wagtail's welcome page removed)."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root_page, locale=locales["en"])
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="VET Pathway")
    return home


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page into a language through wagtail-localize and publish it.

    Returns the translated page. Translate parents before children, one call each.
    """

    def _translate(page, language_code, strings=None):
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_page(page, Locale.objects.get(language_code=language_code), strings or {})
        return translated.specific

    return _translate


@pytest.fixture
def translated_home(home_page, translate):
    """The home page translated into German (and so its German tree)."""
    return translate(home_page, "de", {"Home": "Startseite"})


@pytest.fixture
def opportunity_index(home_page):
    from tests.factories import OpportunityIndexPageFactory

    return OpportunityIndexPageFactory(parent=home_page, locale=home_page.locale)


@pytest.fixture
def sections(opportunity_index):
    """Country sections for Germany, Spain and Italy in the English tree."""
    from tests.factories import CountrySectionPageFactory

    return {
        code: CountrySectionPageFactory(parent=opportunity_index, country=code, title=code)
        for code in ("DE", "ES", "IT")
    }
