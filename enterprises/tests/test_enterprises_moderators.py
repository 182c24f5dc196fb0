"""Moderators of a country see, approve and reject its employer registrations, have the menu
entry and are told of new confirmed registrations, each in their admin language (their Wagtail
profile's preference, else their country's language).

Rule (``enterprises.permissions``): the members of "Editors C" and "Moderators C" see and decide
the confirmed registrations of country C; administrators every one; nobody else any.
"""

import pytest
from django.contrib.auth.models import User
from django.core import mail

from enterprises import emails, services
from enterprises.factories import EmployerRegistrationFactory
from enterprises.models import EmployerRegistration, EnterprisePage
from home import roles
from home.testing import verified_login as login

pytestmark = pytest.mark.django_db
INDEX = "/admin/employer-registrations/"
Status = EmployerRegistration.Status


def edit_url(registration):
    return f"{INDEX}edit/{registration.pk}/"


def refused(response):
    """Another country's registration is a 404 (outside the language prefix: redirected to /en/admin/...)."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"].startswith(("/en/admin/", "/admin/"))
    )


def make_member(username, country, role="moderators", preferred_language=""):
    editors, moderators = roles.setup_country(country)
    user = User.objects.create_user(username, f"{username}@partner.example", "x")
    user.groups.add(moderators if role == "moderators" else editors)
    if preferred_language:
        from wagtail.users.models import UserProfile

        UserProfile.objects.create(user=user, preferred_language=preferred_language)
    return user


@pytest.fixture
def moderators(organisation_sections):
    return {"DE": make_member("greta", "DE"), "ES": make_member("marta", "ES")}


@pytest.fixture
def registrations(db):
    return {
        "de": EmployerRegistrationFactory(organisation_name="Bäckerei Sonnenschein", country="DE", language="de"),
        "es": EmployerRegistrationFactory(organisation_name="Hotel Mar Azul", country="ES", language="es"),
    }


# role x action x country: (may list/open/decide DE's registration, ES's registration)
MATRIX = {
    ("moderators", "DE"): {"DE": True, "ES": False},
    ("moderators", "ES"): {"DE": False, "ES": True},
    ("editors", "DE"): {"DE": True, "ES": False},
}


@pytest.mark.parametrize(("role", "country"), sorted(MATRIX))
def test_who_sees_which_registrations(client, organisation_sections, registrations, role, country):
    user = make_member(f"{role}-{country}".lower(), country, role)
    login(client, user)
    listing = client.get(INDEX)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Employer registrations" in client.get("/admin/").content.decode()  # the menu entry
    for other, allowed in MATRIX[(role, country)].items():
        registration = registrations[other.lower()]
        assert (registration.organisation_name in html) is allowed, other
        response = client.get(edit_url(registration))
        assert (response.status_code == 200) is allowed, other
        if not allowed:
            assert refused(response)
            assert refused(client.post(edit_url(registration), {"decision": "reject", "reject_reason": "No."}))
            registration.refresh_from_db()
            assert registration.status == Status.PENDING


def test_translators_and_network_editors_see_no_registrations(client, organisation_sections, registrations):
    for index, group in enumerate((roles.setup_language("es"), roles.setup_network_editors())):
        user = User.objects.create_user(f"user{index}", f"user{index}@partner.example", "x")
        user.groups.add(group)
        login(client, user)
        assert client.get(INDEX).status_code in (302, 403), group.name
        assert "Employer registrations" not in client.get("/admin/").content.decode(), group.name


def test_spanish_moderator_rejects(client, moderators, registrations, django_capture_on_commit_callbacks):
    login(client, moderators["ES"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(registrations["es"]), {"decision": "reject", "reject_reason": "Ya no ofrecemos prácticas."}
        )
    assert response.status_code == 302
    registration = EmployerRegistration.objects.get(pk=registrations["es"].pk)
    assert registration.status == Status.REJECTED
    assert registration.decided_by == moderators["ES"]
    assert mail.outbox[0].to == [registration.contact_email]


def test_spanish_moderator_approves_and_a_draft_profile_exists(
    client, moderators, registrations, organisation_sections, django_capture_on_commit_callbacks
):
    roles.setup_country("ES")
    login(client, moderators["ES"])
    assert client.get(edit_url(registrations["es"])).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(registrations["es"]), {"decision": "approve"})
    assert response.status_code == 302
    registration = EmployerRegistration.objects.get(pk=registrations["es"].pk)
    assert registration.status == Status.APPROVED
    profile = registration.profile.specific
    assert isinstance(profile, EnterprisePage) and not profile.live
    assert client.get(f"/admin/pages/{profile.pk}/edit/").status_code == 200


def test_moderators_and_editors_are_notified_in_their_language(moderators, django_capture_on_commit_callbacks):
    make_member("pablo", "ES", role="editors", preferred_language="en")
    make_member("lucia", "ES", role="moderators", preferred_language="it")
    make_member("hans", "DE", role="moderators")  # another country: not told
    registration = EmployerRegistrationFactory(country="ES", status=Status.UNCONFIRMED, confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.confirm(registration) is True
    languages = {message.to[0]: message.extra_headers["Content-Language"] for message in mail.outbox}
    assert languages == {
        "marta@partner.example": "es",  # no preference: Spain's language
        "pablo@partner.example": "en",  # their admin language
        "lucia@partner.example": "it",
    }
    italian = next(message for message in mail.outbox if message.to == ["lucia@partner.example"])
    english = next(message for message in mail.outbox if message.to == ["pablo@partner.example"])
    assert italian.subject != english.subject  # rendered in each reader's language
    assert f"/admin/employer-registrations/edit/{registration.pk}/" in italian.body


def test_country_language():
    assert [emails.country_language(code) for code in ("DE", "ES", "IT", "PL", "FR", "IE", "XX")] == [
        "de",
        "es",
        "it",
        "pl",
        "fr",
        "en",
        "en",
    ]


def test_dashboard_lists_the_registrations_waiting_in_my_country(client, moderators, registrations):
    EmployerRegistrationFactory(organisation_name="Already decided SL", country="ES", status=Status.APPROVED)
    login(client, moderators["ES"])
    html = client.get("/admin/").content.decode()
    assert "Employer registrations waiting for your decision" in html
    assert "Hotel Mar Azul" in html
    assert "Bäckerei Sonnenschein" not in html and "Already decided SL" not in html


def test_dashboard_shows_no_registrations_to_others(client, organisation_sections, registrations):
    user = User.objects.create_user("nina", "nina@partner.example", "x")
    user.groups.add(roles.setup_network_editors())
    login(client, user)
    assert "Employer registrations waiting for your decision" not in client.get("/admin/").content.decode()
