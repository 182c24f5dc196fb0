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


# --- Guidelines and passport (passport_pages) ----------------------------------
@pytest.fixture
def guideline_index(home_page):
    from tests.factories import GuidelineIndexPageFactory

    index = GuidelineIndexPageFactory(parent=home_page)
    index.save_revision().publish()
    return index


@pytest.fixture
def passport_page(home_page):
    from tests.factories import PassportPageFactory

    passport = PassportPageFactory(parent=home_page)
    passport.save_revision().publish()
    return passport


# --- Organisation profiles and employer registrations (enterprises) -------------
@pytest.fixture
def organisation_index(home_page):
    from tests.factories import OrganisationIndexPageFactory

    return OrganisationIndexPageFactory(parent=home_page, locale=home_page.locale)


@pytest.fixture
def organisation_sections(organisation_index):
    """Organisation sections for Germany, Spain and Italy in the English tree."""
    from tests.factories import OrganisationCountrySectionPageFactory

    return {
        code: OrganisationCountrySectionPageFactory(parent=organisation_index, country=code, title=code)
        for code in ("DE", "ES", "IT")
    }


# --- Matching (opportunities.matching) ------------------------------------------
@pytest.fixture
def match_catalogue(sections):
    """Open placements for the issue's example trainee (19, English B1, needs an accompanying
    person, hospitality in Germany or Spain, at most 12 weeks): two fit, four fail exactly one
    hard constraint, one fails two."""
    import datetime

    from django.utils import timezone

    from tests.factories import OpportunityPageFactory

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
