"""The main journeys, in Chromium against the live server."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.tools import in_thread

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


# --- A trainee looks for a placement ------------------------------------------------
def test_trainee_filters_by_country_and_sector_and_opens_an_opportunity(page, site_pages):
    page.goto(site_pages["urls"]["en"]["listing"])
    expect(page.get_by_role("heading", name="3 opportunities found")).to_be_visible()

    page.get_by_role("group", name="Country", exact=True).get_by_label("Germany").check()
    page.get_by_role("group", name="Sector", exact=True).get_by_label("Hospitality").check()
    page.get_by_role("button", name="Show results").click()

    expect(page).to_have_url(re.compile(r"/en/opportunities/\?.*country=DE"))
    assert "sector=I" in page.url
    expect(page.get_by_role("heading", name="1 opportunity found")).to_be_visible()
    results = page.locator(".opportunity-list h3")
    expect(results).to_have_text(["Hotel kitchen in Berlin"])

    results.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hotel kitchen in Berlin")
    assert page.url.endswith(site_pages["urls"]["en"]["opportunity"])
    expect(page.get_by_text("Accompanying person")).to_be_visible()


def test_trainee_fills_in_the_matching_form_and_reads_the_reasons(page, site_pages):
    page.goto("/en/match/")
    # The example trainee of the matching issue: 19, English B1, needs an accompanying person.
    page.get_by_role("group", name="Countries you would like to go to").get_by_label("Germany").check()
    page.get_by_role("group", name="Sectors you are interested in").get_by_label("Hospitality").check()
    page.get_by_label("Your age").fill("19")
    page.get_by_label("Language 1", exact=True).select_option("en")
    page.get_by_label("Your level in language 1").select_option("B1")
    page.get_by_role("group", name="Support you need").get_by_label("Accompanying person").check()
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.get_by_role("button", name="Show my matches").click()
    assert "no-store" in posted.value.headers["cache-control"]
    assert page.url.endswith("/en/match/")  # nothing the trainee entered is in the address

    expect(page.get_by_role("heading", level=1)).to_have_text("Your matches")
    best = page.locator(".match-list .match-card").first
    expect(best.get_by_role("heading", level=3)).to_have_text("Hotel kitchen in Berlin")
    reasons = best.locator(".match-reasons li")
    expect(reasons).to_contain_text(["Germany", "Hospitality", "Accompanying person"])
    # The card links to the placement.
    best.get_by_role("link", name="Hotel kitchen in Berlin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hotel kitchen in Berlin")


def tab_to(page, selector, max_presses=400):
    """Press Tab until the focused element matches ``selector``; fail when it never does."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def focus_is_visible(page):
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        }"""
    )


def test_matching_form_with_the_keyboard_alone(page, site_pages):
    page.goto("/en/match/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    tab_to(page, "input[name=destination_countries][value=DE]")
    assert focus_is_visible(page)
    page.keyboard.press("Space")
    tab_to(page, "input[name=sectors][value=I]")
    page.keyboard.press("Space")
    tab_to(page, "#id_age")
    page.keyboard.type("19")
    tab_to(page, "#id_languages_1")
    page.keyboard.type("English")
    tab_to(page, "#id_language_levels_1")
    page.keyboard.type("B1")
    tab_to(page, "input[name=support_needs][value=accompanying_person]")
    page.keyboard.press("Space")
    expect(page.locator("input[name=destination_countries][value=DE]")).to_be_checked()
    expect(page.locator("input[name=sectors][value=I]")).to_be_checked()
    expect(page.locator("#id_languages_1")).to_have_value("en")
    expect(page.locator("#id_language_levels_1")).to_have_value("B1")
    expect(page.locator("input[name=support_needs][value=accompanying_person]")).to_be_checked()

    tab_to(page, ".match-form button[type=submit]")
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your matches")
    best = page.locator(".match-list .match-card").first
    expect(best.get_by_role("heading", level=3)).to_have_text("Hotel kitchen in Berlin")
    expect(best.locator(".match-reasons li")).to_contain_text(["Accompanying person"])


def test_keyboard_user_is_taken_to_the_first_error(page, site_pages):
    page.goto("/en/match/")
    tab_to(page, "#id_age")
    page.keyboard.type("7")
    tab_to(page, ".match-form button[type=submit]")
    page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()  # matching.js moves the focus to the summary
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#id_age")).to_be_focused()


# --- An employer registers ----------------------------------------------------------
def register_an_organisation(page, site_pages, email):
    page.goto(site_pages["urls"]["en"]["organisations"])
    page.get_by_role("link", name="Register your organisation").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Register your organisation as a host")

    page.get_by_label("Name of your organisation").fill("Bäckerei Sonnenschein GmbH")
    page.get_by_label("Enterprise (host company)").check()
    page.get_by_label("Country:", exact=True).select_option("DE")
    page.get_by_label("City:", exact=True).fill("Leipzig")
    page.get_by_label("Main sector").select_option("C")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Your role").fill("Training manager")
    page.get_by_role("group", name="Support you can offer").get_by_label("Local buddy").check()
    page.get_by_label("I have read the privacy notice").check()
    page.get_by_role("button", name="Send the registration").click()


def test_employer_registers_and_sees_the_confirmation(page, site_pages, mailoutbox):
    from enterprises.models import EmployerRegistration

    register_an_organisation(page, site_pages, "ausbildung@example.org")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: please check your inbox")
    assert page.url.endswith("/en/enterprises/register/thanks/")
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["ausbildung@example.org"]
    status = in_thread(lambda: EmployerRegistration.objects.get(contact_email="ausbildung@example.org").status)
    assert status == EmployerRegistration.Status.UNCONFIRMED


def test_employer_confirms_the_registration_from_the_email(page, site_pages, mailoutbox):
    register_an_organisation(page, site_pages, "praktikum@example.org")
    link = re.search(r"https?://[^/\s]+(/en/enterprises/register/confirm/\S+/)", mailoutbox[0].body).group(1)

    # The link in the email shows a button (mail scanners confirm nothing); pressing it confirms.
    page.goto(link)
    page.get_by_role("button", name="Confirm my registration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your registration is confirmed", timeout=2_000)


# --- Languages ----------------------------------------------------------------------
def test_visitor_switches_language_on_an_opportunity_and_lands_on_its_translation(page, site_pages):
    urls = site_pages["urls"]
    page.goto(urls["en"]["opportunity"])
    page.locator(".language-menu > summary").click()  # the language list opens from a <details>
    switcher = page.get_by_role("navigation", name="Choose a language")
    switcher.get_by_role("link", name="Deutsch").click()

    assert page.url.endswith(urls["de"]["opportunity"])
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hotelküche in Berlin")
    page.locator(".language-menu > summary").click()
    expect(page.get_by_role("navigation", name="Sprache wählen").get_by_role("link", name="Deutsch")).to_have_attribute(
        "aria-current", "true"
    )

    page.get_by_role("navigation", name="Sprache wählen").get_by_role("link", name="English").click()
    assert page.url.endswith(urls["en"]["opportunity"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Hotel kitchen in Berlin")


# --- The passport -------------------------------------------------------------------
def _weasyprint_problem():
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        return f"weasyprint cannot be imported here ({error}); install libpango-1.0-0 libpangoft2-1.0-0"
    return None


def test_youth_worker_downloads_the_personalised_passport_pdf(page, site_pages):
    problem = _weasyprint_problem()
    if problem:
        pytest.skip(problem)
    opportunity = site_pages["de"]["opportunity"]
    page.goto(site_pages["urls"]["de"]["opportunity"])
    link = page.get_by_role("link", name="Pass für dieses Angebot")
    expect(link).to_have_attribute("href", f"/de/passport/pdf/?opportunity={opportunity.pk}")

    with page.expect_response(re.compile(r"/de/passport/pdf/")) as response_info:
        link.click()
    response = response_info.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert 'filename="pathway-passport-de-hotel-kitchen-berlin.pdf"' in response.headers["content-disposition"]
    # Chromium shows the PDF in its viewer (the body it keeps is the viewer's): fetch the
    # bytes once more with the page's cookies.
    data = page.context.request.get(response.url).body()
    assert data.startswith(b"%PDF-")
    assert len(data) > 10_000


# --- A phone ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "de"])
def test_listing_and_matching_on_a_360_pixel_wide_phone(new_page, site_pages, lang):
    page = new_page(width=360, height=740, is_mobile=True, has_touch=True)
    page.goto(site_pages["urls"][lang]["listing"])
    assert no_horizontal_scroll(page)
    page.locator(".filter-panel > summary").click()  # on a phone the filters wait behind one control
    page.locator("#f-country-DE").check()
    page.locator(".filters button[type=submit]").click()
    expect(page.locator(".opportunity-list h3")).to_have_count(2)
    assert no_horizontal_scroll(page)

    page.goto(f"/{lang}/match/")
    assert no_horizontal_scroll(page)
    page.locator("input[name=destination_countries][value=DE]").check()
    page.locator("input[name=sectors][value=I]").check()
    page.locator("input[name=support_needs][value=accompanying_person]").check()
    page.locator(".match-form button[type=submit]").click()
    expect(page.locator(".match-list .match-card").first).to_be_visible()
    assert no_horizontal_scroll(page)
