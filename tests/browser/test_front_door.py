"""The front door on a phone and a desktop (issue 18): at 360 x 800 the header is at most
200 px tall and the first placement of the listing is on the first screen; the menu, the
language list and the filters open from <details> without JavaScript; on a desktop they lie
open. axe-core finds no serious or critical violation on the phone's listing. The home page's map
of Europe: screenshots, keyboard focus, axe and the Nu checker."""

import json
import shutil
import subprocess

import pytest

from tests.browser.content import LANGUAGES
from tests.browser.test_pages import BLOCKING_IMPACTS, axe_violations, describe
from tests.browser.tools import SCREENSHOTS, VNU_JAR
from tests.browser.visits import visit

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]

PHONE = {"width": 360, "height": 800}
MAX_HEADER_HEIGHT = 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_listing_shows_a_placement_on_the_first_screen(new_page, site_pages, lang):
    page = new_page(**PHONE, java_script_enabled=False)
    response = visit(page, site_pages, lang, "opportunity-listing")
    assert response.ok
    header = page.locator("header.site-header").bounding_box()
    first_card = page.locator(".opportunity-list > li").first.bounding_box()
    print(f"{lang}: header {header['height']:.0f} px, first card at {first_card['y']:.0f} px")
    assert header["height"] <= MAX_HEADER_HEIGHT
    assert first_card["y"] < PHONE["height"]
    # The search box is in the header, visible; the menu, languages and filters are closed.
    assert page.locator("header #site-search-q").is_visible()
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".language-switcher").is_visible()
    assert not page.locator(".filter-panel form").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_menus_and_filters_open_without_javascript(new_page, site_pages, lang):
    page = new_page(**PHONE, java_script_enabled=False)
    visit(page, site_pages, lang, "opportunity-listing")
    page.locator(".menu > summary").click()
    assert page.locator(".main-nav a[href$='/match/']").is_visible()
    page.locator(".menu > summary").click()  # an open menu lies over the page: close it again
    page.locator(".language-menu > summary").click()
    assert page.locator(".language-switcher a[hreflang='en']").is_visible()
    page.locator(".language-menu > summary").click()
    assert not page.locator(".language-switcher").is_visible()
    page.locator(".filter-panel > summary").click()
    apply = page.locator(".filter-panel button[type=submit]")
    assert apply.is_visible()
    page.locator(".filter-panel .facet input").first.check()
    with page.expect_navigation():
        apply.click()
    assert "(1" in page.locator(".filter-panel > summary").inner_text()
    assert page.locator(".chips .chip").count() >= 1


def test_phone_listing_has_no_serious_axe_violation(new_page, site_pages):
    for lang in LANGUAGES:
        page = new_page(**PHONE)
        visit(page, site_pages, lang, "opportunity-listing")
        page.locator(".filter-panel > summary").click()
        page.locator(".menu > summary").click()
        violations = axe_violations(page)
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        assert not blocking, f"axe on {lang} listing at 360 px:\n{describe(blocking)}"


def test_desktop_shows_navigation_languages_and_filter_column(new_page, site_pages):
    page = new_page(width=1280, height=900, java_script_enabled=False)
    visit(page, site_pages, "de", "opportunity-listing")
    assert page.locator(".main-nav a[href$='/match/']").is_visible()
    assert not page.locator(".menu > summary").is_visible()
    # The language list stays a small drop-down under its button.
    page.locator(".language-menu > summary").click()
    assert page.locator(".language-switcher a[hreflang='en']").is_visible()
    page.locator(".language-menu > summary").click()
    assert not page.locator(".filter-panel > summary").is_visible()
    filters = page.locator(".filter-panel form").bounding_box()
    results = page.locator(".results").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"], "filters are the side column"
    assert page.locator("header.site-header").bounding_box()["height"] <= MAX_HEADER_HEIGHT


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_map_on_a_phone_and_a_desktop(new_page, site_pages, lang):
    """The home page with its map of Europe: screenshots at 360 and 1280 px, no sideways
    scrolling, the map's links reachable from the keyboard with a visible focus (the country's
    outline thickens, its count turns yellow), and no serious axe violation."""
    page = new_page(**PHONE, bypass_csp=False)
    refused = []
    page.on("console", lambda message: "Content Security Policy" in message.text and refused.append(message.text))
    response = visit(page, site_pages, lang, "home")
    assert response.ok
    links = page.locator(".europe-map__link")
    assert links.count() >= 1
    assert page.locator(".europe-map__svg").bounding_box()["width"] > 300
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"{lang}-home-map-{width}.png"), full_page=True)
        if width == 360:
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
    link = links.first
    link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert link.evaluate("element => element === document.activeElement")
    stroke = link.locator(".europe-map__country").evaluate("element => getComputedStyle(element).strokeWidth")
    badge = link.locator(".europe-map__badge").evaluate("element => getComputedStyle(element).fill")
    assert stroke == "5px" and badge == "rgb(255, 191, 71)", (stroke, badge)
    page.locator(".europe-map").screenshot(path=str(SCREENSHOTS / f"{lang}-home-map-focus-1280.png"))
    assert not refused, "\n".join(refused)

    axe_page = new_page(width=1280, height=900)
    visit(axe_page, site_pages, lang, "home")
    blocking = [v for v in axe_violations(axe_page) if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe on the {lang} home page:\n{describe(blocking)}"

    if shutil.which("java"):
        html = SCREENSHOTS.parent / f"home-{lang}.html"
        html.write_text(response.text(), encoding="utf-8")
        checker = subprocess.run(
            ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", str(html)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        messages = json.loads(checker.stderr or checker.stdout or '{"messages": []}')["messages"]
        errors = [f"{m.get('lastLine')}: {m['message']}" for m in messages if m.get("type") == "error"]
        assert not errors, "Nu HTML Checker:\n" + "\n".join(errors)
