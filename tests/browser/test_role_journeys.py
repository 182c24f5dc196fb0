"""Each role's journey through the admin, in Chromium against the live server, asserting the
public result (issue 15).

The module's site (``tests.browser.content``: English and German) gets a Polish home, the other
pages as aliases in every language (``sync_trees``, as the demo leaves them), the roles of
``manage.py setup_roles`` and one user per role. Users sign in with a session that has passed
the second factor (``home.testing.verified_login``: the admin asks every editor for one) and see
the admin in English, so that the buttons are found by their names.
"""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.tools import in_thread

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:No directory at:UserWarning")]

PASSWORD = "correct horse battery staple"
USERS = {
    # username: (group, the country or language it stands for)
    "editor-de": "Editors DE",
    "moderator-de": "Moderators DE",
    "moderator-es": "Moderators ES",
    "translator-pl": "Translators pl",
    "network-editor": "Network editors",
}


def _prepare_team(pages):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Locale
    from wagtail.users.models import UserProfile

    from enterprises.factories import OrganisationCountrySectionPageFactory
    from home.locales import sync_trees
    from home.roles import setup_roles
    from home.translation import translate_page
    from passport_pages.factories import GuidelinePageFactory

    translate_page(pages["home"], Locale.objects.get(language_code="pl"), {"Home": "Strona główna"})
    # Spain's organisation section (the approved employer's draft profile goes there) and a
    # guideline of the whole network (not a country's).
    pages["organisation_section_es"] = OrganisationCountrySectionPageFactory(
        parent=pages["organisations"], country="ES", title="Spain"
    )
    pages["organisation_section_es"].save_revision().publish()
    pages["network_guideline"] = GuidelinePageFactory(
        parent=pages["guidelines"], title="Before you leave", slug="before-you-leave"
    )
    sync_trees()  # every other page an alias in every other language, as the demo leaves them
    setup_roles(log=lambda message: None)
    users = {}
    for username, group in USERS.items():
        user = get_user_model().objects.create_user(username, email=f"{username}@example.org", password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        users[username] = user
    return users


@pytest.fixture(scope="module")
def team(site_pages, django_db_blocker):
    """``{username: user}``, one per role, with the roles set up on the module's site."""
    with django_db_blocker.unblock():
        return in_thread(_prepare_team, site_pages)


@pytest.fixture
def db_read(django_db_blocker):
    """``db_read(function, *args)``: run database work off Playwright's event-loop thread."""

    def run(function, *args):
        with django_db_blocker.unblock():
            return in_thread(function, *args)

    return run


@pytest.fixture
def signed_in(new_page, live_server, team, db_read):
    """``signed_in(username)``: a browser page whose session has passed both factors."""
    from django.conf import settings

    def session_for(username):
        from django.test import Client

        from home.testing import verified_login

        client = Client()
        verified_login(client, team[username])
        return client.cookies[settings.SESSION_COOKIE_NAME].value

    def open_as(username):
        page = new_page()
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": db_read(session_for, username), "url": live_server.url}]
        )
        return page

    return open_as


def publish_new_placement(parent, title):
    """An English placement published by the factories, with its aliases in every language."""
    from home.locales import sync_trees
    from opportunities.factories import OpportunityPageFactory

    slug = f"{re.sub(r'[^a-z]+', '-', title.lower()).strip('-')}-{uuid.uuid4().hex[:6]}"
    page = OpportunityPageFactory(parent=parent, title=title, slug=slug, city="Leipzig")
    sync_trees()
    return page


def translation_of(page, language):
    from wagtail.models import Locale

    return page.get_translation(Locale.objects.get(language_code=language)).specific


def refused(page):
    """The admin's answer to a user without permission: Wagtail's "no permission" page or message."""
    expect(page.get_by_text(re.compile(r"(do not|don't) have permission", re.I)).first).to_be_visible()


# --- The Polish translator (the blocker of issue 15) ---------------------------------
def test_polish_translator_starts_translates_and_publishes_a_new_placement(signed_in, site_pages, db_read):
    placement = db_read(publish_new_placement, site_pages["section_de"], "Bakery in Leipzig")
    polish_alias = db_read(translation_of, placement, "pl")
    page = signed_in("translator-pl")

    # The Polish tree holds the new placement as an alias: its editor offers the translation.
    page.goto(f"/admin/pages/{polish_alias.pk}/edit/")
    page.get_by_role("link", name=re.compile("Translate this page")).first.click()
    expect(page).to_have_url(re.compile(r"/admin/localize/submit/page/\d+/"))
    choices = page.locator("input[name=locales]")
    expect(choices).to_have_count(1)  # Polish only: not German, not Spanish
    choices.first.check()
    page.get_by_role("button", name=re.compile("Submit|Translate")).last.click()

    # wagtail-localize's translation editor: translate the title, then publish.
    expect(page.get_by_role("button", name=re.compile("Publish in Polish"))).to_be_visible()
    # Each segment shows its source with a "Translate" button; the title comes first, then the summary.
    for translated in ("Piekarnia w Lipsku", "Pracuj w zespole i ucz się zawodu."):
        page.get_by_role("button", name="Translate", exact=True).first.click()
        page.locator("textarea").first.fill(translated)
        page.get_by_role("button", name="Save", exact=True).first.click()
        expect(page.get_by_text(translated, exact=True)).to_be_visible()
    page.get_by_role("button", name=re.compile("Publish in Polish")).click()
    expect(page.get_by_text(re.compile("published", re.I)).first).to_be_visible()

    polish = db_read(translation_of, placement, "pl")
    assert polish.alias_of_id is None and polish.live and polish.title == "Piekarnia w Lipsku"
    public = signed_in("translator-pl")  # any browser: the public page
    public.goto(polish.get_url())
    expect(public.locator("html")).to_have_attribute("lang", "pl")
    expect(public.get_by_role("heading", level=1)).to_have_text("Piekarnia w Lipsku")
    canonical = public.locator("link[rel=canonical]").get_attribute("href")
    assert canonical.endswith(polish.get_url()) and "/pl/" in canonical


# --- The German editor and the German moderator ------------------------------------
def eventually(db_read, function, *args, until, seconds=10.0):
    """``db_read(function, *args)`` again until ``until(result)`` holds or ``seconds`` pass; the last result.

    The moderator's request runs in the live server's thread; on a loaded machine a read that
    races it can still see the state before the approval.
    """
    import time

    deadline = time.monotonic() + seconds
    result = db_read(function, *args)
    while not until(result) and time.monotonic() < deadline:
        time.sleep(0.2)
        result = db_read(function, *args)
    return result


def open_tab(page, name, shows):
    """Open the editor's tab ``name`` until the field ``shows`` is visible. The date picker left
    open by the last date field can swallow the first click (a CI run saw the tab stay closed)."""
    tab = page.locator(f"#tab-label-{name}")
    for _ in range(4):
        page.keyboard.press("Escape")
        page.locator("#id_title").focus()  # leaves the date field, which closes its picker
        tab.click()
        try:
            expect(shows).to_be_visible(timeout=3000)
            return
        except AssertionError:
            continue
    expect(shows).to_be_visible()


def more_actions(page):
    """Open the footer's drop-down of the page editor's actions."""
    page.get_by_role("button", name="More actions").click()


def status_of(title):
    from opportunities.models import OpportunityPage

    page = OpportunityPage.objects.get(title=title, locale__language_code="en")
    from wagtail.models import WorkflowState

    state = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    return {
        "pk": page.pk,
        "live": page.live,
        "workflow": state.status if state else None,
        "urls": {
            language: (translation.get_url(), translation.live, translation.alias_of_id is not None)
            for language, translation in ((p.locale.language_code, p) for p in page.get_translations(inclusive=True))
        },
    }


def test_german_editor_submits_and_german_moderator_publishes_in_every_language(signed_in, site_pages, db_read):
    title = "Apprentice baker in Dresden"
    editor = signed_in("editor-de")
    editor.goto(f"/admin/pages/add/opportunities/opportunitypage/{site_pages['section_de'].pk}/")
    editor.locator("#id_title").fill(title)
    editor.locator("#id_summary").fill("Bake bread with a master baker.")
    editor.locator("#id_country").select_option("DE")
    editor.locator("#id_city").fill("Dresden")
    editor.locator("#id_sector").select_option("C")
    editor.locator("#id_field_of_education").select_option("07")
    editor.locator("#id_duration_min_weeks").fill("4")
    editor.locator("#id_duration_max_weeks").fill("8")
    editor.locator("#id_application_deadline").fill("2099-05-01")
    editor.locator("#id_start_periods-0-start_date").fill("2099-06-01")
    open_tab(editor, "how_to_apply", shows=editor.locator("#id_contact_role"))
    editor.locator("#id_contact_role").fill("Training manager")
    editor.locator("#id_contact_email").fill("training@example.org")
    more_actions(editor)
    editor.get_by_role("button", name=re.compile("Submit to Moderation DE")).click()
    expect(editor.locator(".messages").get_by_text(re.compile("submitted", re.I)).first).to_be_visible()

    submitted = db_read(status_of, title)
    assert submitted["workflow"] == "in_progress" and not submitted["live"]

    moderator = signed_in("moderator-de")
    moderator.goto(f"/admin/pages/{submitted['pk']}/edit/")
    more_actions(moderator)
    with moderator.expect_navigation():
        moderator.get_by_role("button", name="Approve", exact=True).click()
    expect(moderator.locator(".messages").get_by_text(re.compile(f"'{title}' has been updated")).first).to_be_visible()

    published = eventually(
        db_read, status_of, title, until=lambda status: status["live"] and status["workflow"] == "approved", seconds=20
    )
    assert published["live"] and published["workflow"] == "approved", published
    for language in ("en", "de"):
        url, live, is_alias = published["urls"][language]
        assert live, language
        moderator.goto(url)
        expect(moderator.get_by_role("heading", level=1)).to_have_text(title)
        expect(moderator.locator("html")).to_have_attribute("lang", language)
    assert published["urls"]["de"][2]  # German shows the English placement as an alias until translated


# --- The Spanish employer and the Spanish moderator --------------------------------
def registration_of(email):
    from enterprises.models import EmployerRegistration

    registration = EmployerRegistration.objects.select_related("profile").get(contact_email=email)
    profile = registration.profile
    return {
        "pk": registration.pk,
        "status": registration.status,
        "profile": profile and {"live": profile.live, "country": profile.specific.country, "title": profile.title},
    }


def test_spanish_employer_registers_confirms_and_spanish_moderator_approves(
    signed_in, new_page, site_pages, db_read, mailoutbox
):
    email = "practicas@example.es"
    employer = new_page()
    employer.goto(site_pages["urls"]["en"]["organisations"])
    employer.get_by_role("link", name="Register your organisation").first.click()
    employer.get_by_label("Name of your organisation").fill("Panadería del Sol S.L.")
    employer.get_by_label("Enterprise (host company)").check()
    employer.get_by_label("Country:", exact=True).select_option("ES")
    employer.get_by_label("City:", exact=True).fill("Sevilla")
    employer.get_by_label("Main sector").select_option("C")
    employer.get_by_label("Email address").fill(email)
    employer.get_by_label("Your role").fill("Responsable de formación")
    employer.get_by_label("I have read the privacy notice").check()
    employer.get_by_role("button", name="Send the registration").click()
    expect(employer.get_by_role("heading", level=1)).to_have_text("Thank you: please check your inbox")

    # The link in the email opens on this machine (the public base URL), and confirms.
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [email]
    link = re.search(r"https?://\S+/enterprises/register/confirm/\S+/", mailoutbox[0].body).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)
    employer.goto(path)
    employer.get_by_role("button", name="Confirm my registration").click()
    expect(employer.get_by_role("heading", level=1)).to_have_text("Your registration is confirmed")
    registration = db_read(registration_of, email)
    assert registration["status"] == "pending"  # confirmed, waiting for a moderator

    moderator = signed_in("moderator-es")
    moderator.goto("/admin/")
    moderator.get_by_role("link", name="Employer registrations").first.click()
    moderator.get_by_role("link", name="Panadería del Sol S.L.").first.click()
    moderator.locator("input[name=decision][value=approve]").check()
    moderator.get_by_role("button", name="Record the decision").click()
    expect(moderator.get_by_text(re.compile("approved: a draft profile")).first).to_be_visible()

    decided = db_read(registration_of, email)
    assert decided["status"] == "approved"
    assert decided["profile"] == {"live": False, "country": "ES", "title": "Panadería del Sol S.L."}


# --- The network editor ------------------------------------------------------------
def test_network_editor_edits_a_guideline_and_every_language_shows_it(signed_in, site_pages, db_read):
    guideline = site_pages["network_guideline"]
    editor = signed_in("network-editor")
    editor.goto(f"/admin/pages/{guideline.pk}/edit/")
    editor.locator("#id_introduction").fill("Check your passport, insurance and contacts.")
    more_actions(editor)
    editor.get_by_role("button", name="Publish", exact=True).click()
    expect(editor.locator(".messages").get_by_text(re.compile("published", re.I)).first).to_be_visible()

    urls = db_read(lambda: {lang: translation_of(guideline, lang).get_url() for lang in ("en", "de")})
    for language, url in urls.items():
        editor.goto(url)
        expect(editor.get_by_text("Check your passport, insurance and contacts.").first).to_be_visible()
        expect(editor.locator("html")).to_have_attribute("lang", language)


# --- Refusals ----------------------------------------------------------------------
def test_german_editor_cannot_open_a_spanish_page(signed_in, site_pages):
    editor = signed_in("editor-de")
    response = editor.goto(f"/admin/pages/{site_pages['opportunity_es'].pk}/edit/")
    assert response.status in (302, 403) or "/admin/" in editor.url
    refused(editor)
    # Germany's pages stay open to them.
    editor.goto(f"/admin/pages/{site_pages['opportunity'].pk}/edit/")
    expect(editor.locator("#id_title")).to_have_value("Hotel kitchen in Berlin")


def test_polish_translator_cannot_publish_german(signed_in, site_pages, db_read):
    translator = signed_in("translator-pl")
    german = site_pages["de"]["opportunity"]
    # Not the German page itself...
    translator.goto(f"/admin/pages/{german.pk}/edit/")
    refused(translator)
    # ...nor a translation into German: the form offers Polish only and refuses German when sent.
    placement = db_read(publish_new_placement, site_pages["section_de"], "Joinery in Erfurt")
    translator.goto(f"/admin/localize/submit/page/{placement.pk}/")
    offered = translator.locator("input[name=locales]")
    expect(offered).to_have_count(1)
    polish_pk = db_read(lambda: translation_of(placement, "pl").locale_id)
    assert offered.first.get_attribute("value") == str(polish_pk)
    german_pk = db_read(lambda: translation_of(placement, "de").locale_id)
    token = translator.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    answer = translator.request.post(
        f"/admin/localize/submit/page/{placement.pk}/",
        form={"csrfmiddlewaretoken": token, "locales": str(german_pk)},
        headers={"Referer": translator.url},
    )
    assert answer.status in (200, 403)
    german_page = db_read(translation_of, placement, "de")
    assert german_page.alias_of_id is not None  # still the alias: no German translation was started
