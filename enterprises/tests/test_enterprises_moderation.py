"""Moderation of employer registrations in the Wagtail admin: who sees and decides what,
approve (a draft profile in the right section) and reject (with a reason), and the emails."""

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import translation

from enterprises import services
from enterprises.factories import EmployerRegistrationFactory
from enterprises.models import EmployerRegistration, EnterprisePage, SocialPartnerPage
from home import roles
from home import vocabularies as vocab
from home.testing import verified_login as login  # the admin asks for a second factor

pytestmark = pytest.mark.django_db
INDEX = "/admin/employer-registrations/"
Status = EmployerRegistration.Status


def edit_url(registration):
    return f"{INDEX}edit/{registration.pk}/"


def country_in(language, code):
    """The country's name as the reader sees it (translated once the interface catalogue has it)."""
    with translation.override(language):
        return vocab.label(vocab.COUNTRIES, code)


def not_found(response):
    """An admin 404 outside the language prefix is redirected by LocaleMiddleware to /en/admin/..., a 404 too."""
    return response.status_code == 404 or (
        response.status_code == 302 and response["Location"].startswith("/en/admin/")
    )


def make_editor(username, country, preferred_language=""):
    group, _moderators = roles.setup_country(country)  # the editors' group, with admin access and page rights
    user = User.objects.create_user(username, f"{username}@partner.example", "x")
    user.groups.add(group)
    if preferred_language:
        from wagtail.users.models import UserProfile

        UserProfile.objects.create(user=user, preferred_language=preferred_language)
    return user


@pytest.fixture
def editors(organisation_sections):
    return {"DE": make_editor("anna", "DE"), "ES": make_editor("pablo", "ES", preferred_language="es")}


@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("admin", "admin@partner.example", "x")


@pytest.fixture
def registrations(db):
    return {
        "de": EmployerRegistrationFactory(organisation_name="Bäckerei Sonnenschein", country="DE", language="de"),
        "es": EmployerRegistrationFactory(organisation_name="Hotel Mar Azul", country="ES", language="es"),
        "unconfirmed": EmployerRegistrationFactory(
            organisation_name="Not confirmed GmbH", country="DE", status=Status.UNCONFIRMED, confirmed_at=None
        ),
    }


# --- Who sees what -------------------------------------------------------------------
def test_an_editor_sees_only_confirmed_registrations_of_their_country(client, editors, registrations):
    login(client, editors["DE"])
    html = client.get(INDEX).content.decode()
    assert "Bäckerei Sonnenschein" in html
    assert "Hotel Mar Azul" not in html
    assert "Not confirmed GmbH" not in html

    login(client, editors["ES"])
    html = client.get(INDEX).content.decode()
    assert "Hotel Mar Azul" in html
    assert "Bäckerei Sonnenschein" not in html


def test_an_editor_neither_opens_nor_decides_another_countrys_registration(client, editors, registrations):
    login(client, editors["ES"])
    german = registrations["de"]
    assert not_found(client.get(edit_url(german)))
    assert not_found(client.post(edit_url(german), {"decision": "approve"}))
    assert not_found(client.post(edit_url(german), {"decision": "reject", "reject_reason": "No."}))
    assert client.get(f"{INDEX}delete/{german.pk}/").status_code in (302, 403)  # administrators only
    for view in ("history", "usage"):
        assert not_found(client.get(f"{INDEX}{view}/{german.pk}/"))
    german.refresh_from_db()
    assert german.status == Status.PENDING
    assert EnterprisePage.objects.count() == 0
    assert mail.outbox == []


def test_unconfirmed_registrations_are_not_moderated(client, editors, registrations):
    login(client, editors["DE"])
    assert not_found(client.get(edit_url(registrations["unconfirmed"])))


def test_an_administrator_sees_every_country(client, admin_user, registrations):
    login(client, admin_user)
    html = client.get(INDEX).content.decode()
    assert "Bäckerei Sonnenschein" in html and "Hotel Mar Azul" in html
    assert client.get(edit_url(registrations["es"])).status_code == 200


def test_listing_filters_by_status_and_country(client, admin_user, registrations):
    EmployerRegistrationFactory(organisation_name="Rejected Hotel", country="ES", status=Status.REJECTED)
    login(client, admin_user)
    html = client.get(INDEX, {"country": "ES"}).content.decode()
    assert "Hotel Mar Azul" in html and "Rejected Hotel" in html and "Bäckerei" not in html
    html = client.get(INDEX, {"status": "rejected"}).content.decode()
    assert "Rejected Hotel" in html and "Hotel Mar Azul" not in html


def test_people_without_a_country_have_no_access(client, registrations, organisation_sections):
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Translators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = User.objects.create_user("tom", "tom@partner.example", "x")
    user.groups.add(group)
    login(client, user)
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(edit_url(registrations["de"])).status_code in (302, 403)
    assert "Employer registrations" not in client.get("/admin/").content.decode()


def test_the_menu_item_is_there_for_editors(client, editors):
    login(client, editors["DE"])
    assert "Employer registrations" in client.get("/admin/").content.decode()


def test_nobody_adds_registrations_in_the_admin(client, admin_user, editors):
    for user in (admin_user, editors["DE"]):
        login(client, user)
        assert client.get(f"{INDEX}new/").status_code in (302, 403)


# --- Approve -------------------------------------------------------------------------
def test_german_editor_approves_and_finds_a_draft_profile_in_the_german_section(
    client,
    editors,
    registrations,
    home_page,
    organisation_index,
    organisation_sections,
    translate,
    django_capture_on_commit_callbacks,
):
    translate(home_page, "de")
    translate(organisation_index, "de")
    german_section = translate(organisation_sections["DE"], "de", {"DE": "Deutschland"})
    roles.setup_country("DE")  # rights on the German section too
    registration = registrations["de"]
    login(client, editors["DE"])
    page = client.get(edit_url(registration))
    assert page.status_code == 200
    assert "Bäckerei Sonnenschein" in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(registration), {"decision": "approve"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == Status.APPROVED
    assert registration.decided_by == editors["DE"]
    assert registration.decided_at is not None

    profile = registration.profile.specific
    assert isinstance(profile, EnterprisePage)
    assert profile.get_parent().pk == german_section.pk  # the registrant's language tree
    assert profile.live is False and profile.has_unpublished_changes
    assert (profile.title, profile.country, profile.city) == ("Bäckerei Sonnenschein", "DE", "Leipzig")
    assert [row.sector for row in profile.sectors.all()] == ["C"]
    assert [row.language for row in profile.languages.all()] == ["de", "en"]
    assert [row.support for row in profile.supports.all()] == ["local_buddy"]
    assert profile.contact_role == "Training manager"
    assert profile.owner == editors["DE"]
    assert profile.latest_revision is not None

    # The editor can open the draft; the Spanish editor cannot.
    assert client.get(f"/admin/pages/{profile.pk}/edit/").status_code == 200
    login(client, editors["ES"])
    assert client.get(f"/admin/pages/{profile.pk}/edit/").status_code in (302, 403)

    # The registrant is told, in German.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [registration.contact_email]
    assert message.extra_headers["Content-Language"] == "de"
    assert "Das Team von VET Pathway" in message.body  # Django's own German catalogue
    assert f"({country_in('de', 'DE')})" in message.body and "Bäckerei Sonnenschein" in message.body


def test_approval_falls_back_to_the_english_section(
    client, editors, organisation_sections, django_capture_on_commit_callbacks
):
    registration = EmployerRegistrationFactory(kind="social_partner", country="DE", language="pl")
    login(client, editors["DE"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(registration), {"decision": "approve"})
    registration.refresh_from_db()
    profile = registration.profile.specific
    assert isinstance(profile, SocialPartnerPage)
    assert profile.get_parent().pk == organisation_sections["DE"].pk
    assert mail.outbox[0].extra_headers["Content-Language"] == "pl"
    assert "Zespół VET Pathway" in mail.outbox[0].body
    assert f"({country_in('pl', 'DE')})" in mail.outbox[0].body


def test_two_approvals_make_two_slugs(editors, organisation_sections, django_capture_on_commit_callbacks):
    first = EmployerRegistrationFactory(organisation_name="Same Name", language="en")
    second = EmployerRegistrationFactory(organisation_name="Same Name", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(first, editors["DE"])
        services.approve(second, editors["DE"])
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.profile.slug, second.profile.slug) == ("same-name", "same-name-2")


def test_approval_without_a_section_is_explained(client, admin_user, organisation_sections):
    registration = EmployerRegistrationFactory(country="PL", language="pl")  # no PL section in this tree
    login(client, admin_user)
    response = client.post(edit_url(registration), {"decision": "approve"})
    assert response.status_code == 200
    assert "There is no organisation section for Poland yet" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


# --- Reject --------------------------------------------------------------------------
def test_reject_needs_a_reason(client, editors, registrations):
    login(client, editors["ES"])
    response = client.post(edit_url(registrations["es"]), {"decision": "reject", "reject_reason": "  "})
    assert response.status_code == 200
    # The Spanish editor's admin is in Spanish.
    with translation.override("es"):
        assert translation.gettext("Please give a reason: it is sent to the registrant.") in response.content.decode()
    registrations["es"].refresh_from_db()
    assert registrations["es"].status == Status.PENDING


def test_spanish_editor_rejects_with_a_reason_and_the_registrant_is_told_in_spanish(
    client, editors, registrations, django_capture_on_commit_callbacks
):
    login(client, editors["ES"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(registrations["es"]),
            {"decision": "reject", "reject_reason": "Ya no ofrecemos prácticas en hostelería en Valencia."},
        )
    assert response.status_code == 302
    registration = EmployerRegistration.objects.get(pk=registrations["es"].pk)
    assert registration.status == Status.REJECTED
    assert registration.profile_id is None
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "es"
    assert "El equipo de VET Pathway" in message.body
    assert f"({country_in('es', 'ES')})" in message.body
    assert "Ya no ofrecemos prácticas en hostelería en Valencia." in message.body


def _spanish(message):
    """The Spanish editor's admin is in Spanish."""
    with translation.override("es"):
        return translation.gettext(message)


def test_a_decided_registration_cannot_be_decided_again(
    client, editors, registrations, django_capture_on_commit_callbacks
):
    login(client, editors["ES"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(registrations["es"]), {"decision": "reject", "reject_reason": "No places."})
    page = client.get(edit_url(registrations["es"])).content.decode()
    with translation.override("es"):
        assert translation.gettext("This registration has been decided; there is nothing more to do here.") in page
    response = client.post(edit_url(registrations["es"]), {"decision": "approve"})
    assert response.status_code == 200
    assert _spanish("This registration has already been decided.") in response.content.decode()
    with pytest.raises(services.DecisionError):
        services.approve(registrations["es"], editors["ES"])
    assert EmployerRegistration.objects.get(pk=registrations["es"].pk).status == Status.REJECTED
    assert len(mail.outbox) == 1


# --- Editors' notification -------------------------------------------------------------
def test_each_editor_of_the_country_is_told_in_their_language(editors, django_capture_on_commit_callbacks):
    make_editor("lucia", "ES")
    registration = EmployerRegistrationFactory(country="ES", status=Status.UNCONFIRMED, confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.confirm(registration) is True
        assert services.confirm(registration) is False
    assert sorted(message.to[0] for message in mail.outbox) == ["lucia@partner.example", "pablo@partner.example"]
    languages = {message.to[0]: message.extra_headers["Content-Language"] for message in mail.outbox}
    # lucia has no preference: Spain's language
    assert languages == {"lucia@partner.example": "es", "pablo@partner.example": "es"}
    spanish = next(message for message in mail.outbox if message.to == ["pablo@partner.example"])
    assert f"({country_in('es', 'ES')})" in spanish.subject
    assert f"/admin/employer-registrations/edit/{registration.pk}/" in spanish.body
