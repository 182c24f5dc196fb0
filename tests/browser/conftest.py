"""Real-browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

Needs ``/usr/bin/chromium`` (``apt-get install chromium``) and this folder's Node packages
(``npm ci --prefix tests/browser``: axe-core and the Nu HTML Checker); without them every test
here is skipped with one line saying so.

The site (English and German) is built once per module with real commits, because the live
server answers from another thread and wagtail-localize publishes translations on commit. The
module's data fixture owns the database: it empties it afterwards and restores what the
migrations created, as ``transactional_db`` with ``serialized_rollback`` would after each test.
"""

import pytest

from tests.browser.tools import AXE_JS, CHROMIUM, CHROMIUM_ARGS, SKIP_MESSAGE, VNU_JAR


def _tools_missing():
    return not (CHROMIUM.exists() and AXE_JS.exists() and VNU_JAR.exists())


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Skip every browser test from this one place (before any fixture), so the summary shows one line."""
    if _tools_missing():
        raise pytest.skip.Exception(SKIP_MESSAGE)


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """Replaces pytest-django's helper of the same name for this folder.

    That helper requests ``transactional_db`` for every test using ``live_server``, which
    empties the database after each test; here ``site_pages`` keeps one site for a module.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


class _ModuleDatabase:
    """Django's TransactionTestCase set-up and tear-down, for a whole module."""

    def __init__(self):
        from django.db import connection
        from django.test import TransactionTestCase

        name, test_name = connection.settings_dict["NAME"], connection.settings_dict["TEST"].get("NAME")
        if not (name == test_name if test_name else str(name).startswith("test_")):
            raise RuntimeError(f"Refusing to build the browser tests' site in {name}, which is not a test database.")
        if not hasattr(connection, "_test_serialized_contents"):
            # What the migrations created (the root page, locales ...), to restore afterwards.
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()

        class Case(TransactionTestCase):
            serialized_rollback = True

            def runTest(self):  # noqa: N802 - unittest's name
                pass

        self.case_class = Case
        self.case = Case()

    def __enter__(self):
        self.case_class.setUpClass()  # Django 5.2 runs _pre_setup() here (loads the serialized data)
        if not getattr(self.case_class, "_pre_setup_ran_eagerly", False):
            self.case._pre_setup()
        return self

    def __exit__(self, *exc):
        self.case._post_teardown()
        self.case_class.tearDownClass()


@pytest.fixture(scope="module")
def site_pages(live_server, django_db_setup, django_db_blocker):
    """The English pages of the module's site, ``{name: page}``; ``pages["de"][name]`` are German,
    ``pages["urls"][lang][name]`` their paths.

    Requesting ``live_server`` here makes pytest-django set up the test database for every test
    that uses this fixture (and run them after the other database tests).
    """
    from tests.browser import content

    with django_db_blocker.unblock(), _ModuleDatabase():
        pages = content.build(port=live_server.thread.port)
        german = {name: content.german(page) for name, page in pages.items()}
        pages["de"] = german
        pages["urls"] = {
            language: {name: page.get_url() for name, page in by_name.items()}
            for language, by_name in (("en", {k: v for k, v in pages.items() if k not in ("de",)}), ("de", german))
        }
        yield pages


@pytest.fixture(scope="module")
def browser(site_pages):
    """Chromium for one module, started after its site is built and closed before it is emptied.

    Playwright's synchronous API keeps an event loop current in this thread, and Django refuses
    database work there ("async context"): tests read the database through ``in_thread``.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server, site_pages):
    """``new_page(width=1280, height=900, bypass_csp=True)``: a fresh page (own cookies) on the live server.

    By default the context bypasses the site's Content-Security-Policy, so that tests can inject
    axe-core; ``bypass_csp=False`` keeps the policy (the screenshot test checks nothing breaks it).
    """
    contexts = []

    def _new_page(width=1280, height=900, bypass_csp=True, **options):
        context = browser.new_context(
            base_url=live_server.url,
            viewport={"width": width, "height": height},
            bypass_csp=bypass_csp,
            locale="en-GB",
            **options,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield _new_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized page."""
    return new_page()
