"""Every public page type, and how a browser gets there (some states need a form posted)."""

import re

from tests.browser.content import LANGUAGES

# (name, the key of the page in ``site_pages`` or a path with {lang}); ``visit`` posts the forms.
PAGE_TYPES = [
    ("home", "home"),
    ("content-page", "privacy"),
    ("opportunity-listing", "listing"),
    ("opportunity", "opportunity"),
    ("organisation-listing", "organisations"),
    ("organisation-section", "organisation_section"),
    ("organisation-profile", "organisation"),
    ("guideline-listing", "guidelines"),
    ("guideline-section", "guideline_section"),
    ("guideline", "guideline"),
    ("quality-charter", "charter"),
    ("passport", "passport"),
    ("matching-form", "/{lang}/match/"),
    ("matching-results", "/{lang}/match/"),
    ("matching-errors", "/{lang}/match/"),
    ("registration-form", "/{lang}/enterprises/register/"),
    ("registration-errors", "/{lang}/enterprises/register/"),
    ("registration-thanks", "/{lang}/enterprises/register/thanks/"),
    ("search", "/{lang}/search/?q=hotel"),
    ("statistics", "/{lang}/statistics/"),
]
PAGE_IDS = [f"{lang}-{name}" for lang in LANGUAGES for name, _target in PAGE_TYPES]
PAGE_PARAMS = [(lang, name) for lang in LANGUAGES for name, _target in PAGE_TYPES]


def url_of(site_pages, lang, name):
    target = dict(PAGE_TYPES)[name]
    if target.startswith("/"):
        return target.format(lang=lang)
    return site_pages["urls"][lang][target]


def visit(page, site_pages, lang, name):
    """Open the page type in ``lang``; returns the response of the last navigation (its HTML is the server's)."""
    response = page.goto(url_of(site_pages, lang, name))
    if name == "matching-results":
        fill_in_example_trainee(page)
        response = submit(page, page.locator(".match-form button[type=submit]"))
    elif name == "matching-errors":
        page.locator("#id_age").fill("7")
        response = submit(page, page.locator(".match-form button[type=submit]"))
    elif name == "registration-errors":
        response = submit(page, page.locator(".register-form button[type=submit]"))
    return response


def submit(page, button):
    with page.expect_navigation() as navigation:
        button.click()
    return navigation.value


def fill_in_example_trainee(page):
    """19, English B1, needs an accompanying person, hospitality in Germany."""
    page.locator("input[name=destination_countries][value=DE]").check()
    page.locator("input[name=sectors][value=I]").check()
    page.locator("#id_age").fill("19")
    page.locator("#id_languages_1").select_option("en")
    page.locator("#id_language_levels_1").select_option("B1")
    page.locator("input[name=support_needs][value=accompanying_person]").check()


def is_error_page(html):
    return bool(re.search(r"Server error|Serverfehler|Traceback", html))
