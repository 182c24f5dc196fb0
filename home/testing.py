"""A pytest plugin with the fixtures every app's tests share: locales, the page tree root, a
home page and its site, the translation helper; and two helpers for tests.

Registered by the project's root ``conftest.py`` (``pytest_plugins = ["home.testing"]``); a
second project that installs these apps registers it the same way. The chain is ``locales`` ->
``home_page`` (the English home, root of the default site) -> ``translate`` /
``translated_home``. Each app's own fixtures are in ``<app>/tests/conftest.py``.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _source_language():
    """Each test starts in the source language, whatever an earlier test activated in this thread
    (a request through the test client sets its own; a direct call reads the active one)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def run_worker():
    """The real worker command, in batch mode: it takes every task that is due, then stops.

    The worker installs its own SIGINT/SIGTERM handlers, put back afterwards; and it closes
    stale connections between tasks, which here would close the test's transaction (Django's
    test client stops the same call for the same reason).
    """
    import signal
    from unittest import mock

    from django.core.management import call_command

    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}

    def run():
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command("db_worker", "--batch", "--backend=pathway", "--no-startup-delay", "--no-reload", verbosity=0)

    yield run
    for number, handler in saved.items():
        signal.signal(number, handler)


@pytest.fixture
def locales(db):
    """Every configured locale, synchronised from English (as `make run` sets them up)."""
    from home.locales import sync_locales

    sync_locales()
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(request, root_page):
    """The English home page, root of the default site (Wagtail's welcome page removed).

    The welcome page goes before the locales are synchronised (``locales``, requested here
    rather than as an argument): synchronising them first would make its alias in every
    language, only to delete them again, and that was most of the cost of each test's tree.
    """
    from home.factories import HomePageFactory

    Page.objects.filter(depth=2).delete()
    locales = request.getfixturevalue("locales")
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
    from home.translation import translate_page

    def _translate(page, language_code, strings=None):
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate_page(page, Locale.objects.get(language_code=language_code), strings or {})
        return translated.specific

    return _translate


@pytest.fixture
def translated_home(home_page, translate):
    """The home page translated into German (and so its German tree)."""
    return translate(home_page, "de", {"Home": "Startseite"})


def verified_login(client, user):
    """Log ``user`` in to the admin as having passed the second factor (a confirmed TOTP device).

    Needs django-otp (the project's admin asks every editor for a second factor).
    """
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _ = TOTPDevice.objects.get_or_create(user=user, name="default", defaults={"confirmed": True})
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def brute_force_counts(listing, pages, codes_of, chosen):
    """Each facet's counts given the other facets' choices, page by page in Python: what a
    ``home.filtering.FacetedListing``'s counts must equal. ``codes_of(page)`` gives each facet's
    codes of one page."""
    counts = {name: {} for name in listing.names}
    for page in pages:
        codes = codes_of(page)
        passes = {name: not chosen[name] or bool(set(codes[name]) & set(chosen[name])) for name in listing.names}
        for name in listing.names:
            if all(ok for other, ok in passes.items() if other != name):
                for code in codes[name]:
                    counts[name][code] = counts[name].get(code, 0) + 1
    return counts


def country_sections(factory, index, countries=("DE", "ES", "IT")):
    """``{country: section}``: one section per country below ``index``, made by ``factory``."""
    return {code: factory(parent=index, country=code, title=code) for code in countries}
