"""A youth worker follows a search by email, in Spanish, on a 360 px wide phone (issue 24).

The listing filtered to hospitality in Spain, "Follow this search", the alert form (address,
weekly, consent), "check your inbox"; the confirmation link from the email, its button, the
confirmation; a week later a new matching placement is published and the hourly job
(``send_alert_digests``) mails exactly one digest, in Spanish, listing it with an absolute link;
the email's unsubscribe link, its button, and the alert is gone. axe-core finds no serious or
critical violation on the alert pages.

The module's site (``tests.browser.content``: English and German) gets the home page, the privacy
notice, the listing, Spain's section and its placement translated into Spanish. Texts are
compared with the Spanish catalogue's own translations (``es``), so the test does not depend on
which of the alerts' strings are translated yet. The live server runs in a thread of this
process, so its emails land in this process's locmem outbox (``mailoutbox``).
"""

import datetime
import re
import uuid

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.browser.test_pages import BLOCKING_IMPACTS, axe_violations, describe
from tests.browser.tools import in_thread

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]

PHONE = {"width": 360, "height": 740, "is_mobile": True, "has_touch": True}
EMAIL = "educadora@example.es"
SPANISH = {
    "Home": "Inicio",
    "Privacy notice": "Aviso de privacidad",
    "Opportunities": "Oportunidades",
    "Placements abroad for trainees.": "Prácticas en el extranjero para aprendices.",
    "Spain": "España",
    "Hotel reception in Valencia": "Recepción de hotel en Valencia",
}
NEW_TITLE = "Hotel kitchen in Seville"
NEW_TITLE_ES = "Cocina de hotel en Sevilla"
OTHER_TITLE = "Carpentry in Madrid"  # new too, in Spain, but not hospitality


def es(message):
    """``message`` as the Spanish catalogue has it (the English text while untranslated)."""
    with translation.override("es"):
        return gettext(message)


@pytest.fixture(scope="module")
def spanish(site_pages, django_db_blocker):
    """``{"listing": path}``: the Spanish listing, after the Spanish pages are published."""
    from wagtail.models import Locale

    def build():
        from home.translation import translate_page

        spanish_locale = Locale.objects.get(language_code="es")
        for name in ("home", "privacy", "listing", "section_es", "opportunity_es"):
            translate_page(site_pages[name], spanish_locale, SPANISH)  # parents first, one transaction each
        listing = site_pages["listing"].get_translation(spanish_locale)
        return {"listing": listing.get_url()}

    with django_db_blocker.unblock():
        return in_thread(build)


@pytest.fixture
def db_read(django_db_blocker):
    """``db_read(function, *args)``: run database work off Playwright's event-loop thread."""

    def run(function, *args):
        with django_db_blocker.unblock():
            return in_thread(function, *args)

    return run


# --- Database work (in a worker thread) ----------------------------------------------------
def alert_state(email):
    from opportunities.alerts.models import Alert

    return list(Alert.objects.filter(email=email).values("language", "frequency", "filters", "confirmed_at"))


def a_week_passes(email):
    """The alert was confirmed eight days ago (a weekly digest is due); everything published so
    far was published a month ago (before the alert): only what comes now is new."""
    from django.utils import timezone

    from opportunities.alerts.models import Alert
    from opportunities.models import OpportunityPage

    now = timezone.now()
    confirmed = now - datetime.timedelta(days=8)
    assert Alert.objects.filter(email=email).update(confirmed_at=confirmed, renewed_at=confirmed) == 1
    month_ago = now - datetime.timedelta(days=30)
    OpportunityPage.objects.update(source_first_published_at=month_ago, first_published_at=month_ago)


def publish_new_placements(section):
    """A new hospitality placement in Spain, translated into Spanish, and a new one of another
    sector; returns the Spanish page's path and title."""
    from django.utils import timezone

    from home.translation import translate_page
    from opportunities.factories import OpportunityPageFactory

    deadline = timezone.localdate() + datetime.timedelta(days=40)
    new = OpportunityPageFactory(
        parent=section,
        title=NEW_TITLE,
        slug=f"hotel-kitchen-seville-{uuid.uuid4().hex[:6]}",
        country="ES",
        city="Sevilla",
        sector="I",
        application_deadline=deadline,
    )
    spanish_new = translate_page(new, "es", {NEW_TITLE: NEW_TITLE_ES})
    other = OpportunityPageFactory(
        parent=section,
        title=OTHER_TITLE,
        slug=f"carpentry-madrid-{uuid.uuid4().hex[:6]}",
        country="ES",
        city="Madrid",
        sector="C",
        application_deadline=deadline,
    )
    translate_page(other, "es", {OTHER_TITLE: "Carpintería en Madrid"})
    return {"path": spanish_new.get_url(), "title": spanish_new.title}


def run_digest_job():
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("send_alert_digests", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def base_url():
    from home.public_urls import base_url as public_base_url

    return public_base_url()


# --- Browser helpers ------------------------------------------------------------------------
def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def assert_accessible(page, what):
    violations = axe_violations(page)
    if violations:
        print(f"axe on {what}:\n{describe(violations)}")
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe on {what}:\n{describe(blocking)}"
    assert no_horizontal_scroll(page), f"{what} scrolls sideways at {page.viewport_size['width']} px"


def email_link(message, kind):
    """The absolute ``kind`` link of the email (``confirm``, ``unsubscribe``) and its path."""
    match = re.search(rf"(https?://[^/\s]+)(/es/opportunities/alerts/{kind}/\S+/)", message.body)
    assert match, f"no {kind} link in:\n{message.body}"
    return match.group(0), match.group(2)


def heading(page):
    return page.get_by_role("heading", level=1)


# --- The journey ------------------------------------------------------------------------------
def test_spanish_youth_worker_follows_a_search_by_email_on_a_phone(new_page, site_pages, spanish, db_read, mailoutbox):
    page = new_page(**PHONE)

    # The listing, filtered to hospitality in Spain, on a phone (the filters wait behind one control).
    page.goto(spanish["listing"])
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.locator(".filter-panel > summary").click()
    page.locator("#f-country-ES").check()
    page.locator("#f-sector-I").check()
    with page.expect_navigation():
        page.locator(".filters button[type=submit]").click()
    assert "country=ES" in page.url and "sector=I" in page.url
    expect(page.locator(".opportunity-list h3")).to_have_text([SPANISH["Hotel reception in Valencia"]])
    assert no_horizontal_scroll(page)

    # "Follow this search": the follow page with the same filters and the alert form.
    follow = page.get_by_role("link", name=es("Follow this search"))
    with page.expect_navigation():
        follow.click()
    expect(page).to_have_url(re.compile(r"/es/opportunities/follow/\?.*country=ES"))
    expect(heading(page)).to_have_text(es("Follow this search"))
    expect(page.locator("input[name=filters]")).to_have_value(re.compile(r"country=ES.*sector=I|sector=I.*country=ES"))
    assert_accessible(page, "the follow page with the alert form")

    page.locator("#alert-email").fill(EMAIL)
    page.locator("#alert-frequency-weekly").check()
    page.locator("#alert-consent").check()
    with page.expect_navigation():
        page.locator(".alert-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/opportunities/alerts/thanks/$"))
    expect(heading(page)).to_have_text(es("Thank you: please check your inbox"))
    assert_accessible(page, "the subscription's result (check your inbox)")

    (alert,) = db_read(alert_state, EMAIL)
    assert (alert["language"], alert["frequency"], alert["filters"]) == ("es", "weekly", "country=ES&sector=I")
    assert alert["confirmed_at"] is None

    # The confirmation email, in Spanish: its link shows a button, which confirms.
    assert len(mailoutbox) == 1
    confirmation = mailoutbox[0]
    assert confirmation.to == [EMAIL]
    assert confirmation.extra_headers["Content-Language"] == "es"
    _url, confirm_path = email_link(confirmation, "confirm")
    page.goto(confirm_path)
    expect(heading(page)).to_have_text(es("Confirm your email alert"))
    expect(page.locator(".follow__filters li")).to_have_count(2)  # the search: Spain, hospitality
    assert_accessible(page, "the confirmation page")
    assert db_read(alert_state, EMAIL)[0]["confirmed_at"] is None  # opening the link confirms nothing
    with page.expect_navigation():
        page.get_by_role("button", name=es("Confirm my email alert")).click()
    expect(heading(page)).to_have_text(es("Your email alert is confirmed"))
    expect(
        page.get_by_text(
            es("Thank you. We will email you once a week at most, when new opportunities match your search.")
        )
    ).to_be_visible()
    assert_accessible(page, "the confirmed page")
    assert db_read(alert_state, EMAIL)[0]["confirmed_at"] is not None

    # A week later, a new hospitality placement in Spain (and a new one of another sector).
    mailoutbox.clear()
    db_read(a_week_passes, EMAIL)
    new = db_read(publish_new_placements, site_pages["section_es"])
    assert new["title"] == NEW_TITLE_ES
    summary = db_read(run_digest_job)
    assert "Sent 1 alert digest(s)" in summary, summary

    assert len(mailoutbox) == 1, [message.subject for message in mailoutbox]
    digest = mailoutbox[0]
    assert digest.to == [EMAIL]
    assert digest.extra_headers["Content-Language"] == "es"
    body = digest.body
    assert NEW_TITLE_ES in body
    assert "España" in body  # the country, in Spanish
    assert NEW_TITLE not in body and OTHER_TITLE not in body and "Carpintería" not in body
    assert SPANISH["Hotel reception in Valencia"] not in body  # published before the alert
    placement_url = db_read(base_url) + new["path"]
    assert re.match(r"https?://", placement_url) and placement_url in body.split()
    unsubscribe_url, unsubscribe_path = email_link(digest, "unsubscribe")
    assert digest.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The job runs again within the hour: nothing more is sent.
    assert "Sent 0 alert digest(s)" in db_read(run_digest_job)
    assert len(mailoutbox) == 1

    # The placement's link opens the Spanish page.
    page.goto(new["path"])
    expect(heading(page)).to_have_text(NEW_TITLE_ES)

    # The email's unsubscribe link: a button first (link scanners unsubscribe nobody), then gone.
    page.goto(unsubscribe_path)
    expect(heading(page)).to_have_text(es("Unsubscribe from this email alert"))
    assert_accessible(page, "the unsubscribe page")
    assert len(db_read(alert_state, EMAIL)) == 1
    with page.expect_navigation():
        page.get_by_role("button", name=es("Unsubscribe"), exact=True).click()
    expect(heading(page)).to_have_text(es("You are unsubscribed"))
    assert_accessible(page, "the unsubscribed page")
    assert db_read(alert_state, EMAIL) == []
