"""Employer registration at /<lang>/enterprises/register/: submission in two languages, the
double opt-in link (valid, expired, tampered), every validation path, honeypot, rate limit,
CSRF, caching, and generated hostile input (hypothesis)."""

import re
import time
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client, override_settings
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enterprises import services
from enterprises.factories import EmployerRegistrationFactory
from enterprises.models import EmployerRegistration
from home.roles import editors_group_name
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db
URL = "/en/enterprises/register/"
Status = EmployerRegistration.Status


def valid_data(**changes):
    data = {
        "organisation_name": "Bäckerei Sonnenschein GmbH",
        "kind": "enterprise",
        "country": "DE",
        "city": "Leipzig",
        "sector": "C",
        "website": "https://www.example.org",
        "contact_email": "ausbildung@example.org",
        "contact_role": "Ausbildungsleiterin",
        "places": "2",
        "periods": "September bis Dezember",
        "supports": ["local_buddy", "reinforced_mentoring"],
        "languages": ["de", "en"],
        "message": "Wir freuen uns auf Auszubildende aus Europa.",
        "consent": "on",
        "reference_code": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def confirmation_link(message):
    """The path of the email's confirmation link (the link itself is absolute, on the site's host)."""
    return re.search(r"https?://[^/\s]+(/\S+/register/confirm/\S+/)", message.body).group(1)


@pytest.fixture
def german_editor(db):
    group, _ = Group.objects.get_or_create(name=editors_group_name("DE"))
    user = User.objects.create_user("anna", "anna@partner.example", "x", first_name="Anna")
    user.groups.add(group)
    return user


@pytest.fixture
def german_index(home_page, organisation_index, translate):
    translate(home_page, "de", {"Home": "Startseite"})
    return translate(organisation_index, "de", {"Enterprises and social partners": "Unternehmen und Sozialpartner"})


@pytest.fixture
def spanish_index(home_page, organisation_index, translate):
    translate(home_page, "es", {"Home": "Inicio"})
    return translate(
        organisation_index, "es", {"Enterprises and social partners": "Empresas e interlocutores sociales"}
    )


# --- End to end -----------------------------------------------------------------
@override_settings(WAGTAILADMIN_BASE_URL="https://pathway.example/")
def test_german_employer_registers_confirms_and_editors_are_told(
    client, german_index, german_editor, django_capture_on_commit_callbacks
):
    form_page = client.get("/de/enterprises/register/")
    assert form_page.status_code == 200
    assert 'lang="de"' in form_page.content.decode()
    assert 'href="/de/privacy/"' in form_page.content.decode()
    assert 'hreflang="en" href="/en/enterprises/register/"' not in form_page.content.decode()
    assert 'href="/en/enterprises/register/" lang="en"' in form_page.content.decode()  # the language switcher

    response = client.post("/de/enterprises/register/", valid_data())
    assert response.status_code == 302
    assert response["Location"] == "/de/enterprises/register/thanks/"
    registration = EmployerRegistration.objects.get()
    assert registration.status == Status.UNCONFIRMED
    assert registration.language == "de"
    assert registration.consent_version == "2026-11"
    assert registration.consented_at is not None
    assert registration.supports == ["local_buddy", "reinforced_mentoring"]
    assert registration.languages == ["de", "en"]

    # One email, to the registrant, in German, with a link in the German tree.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ausbildung@example.org"]
    assert message.extra_headers["Content-Language"] == "de"
    path = confirmation_link(message)
    assert f"https://pathway.example{path}" in message.body  # the public base URL, not the request's host
    assert path.startswith("/de/enterprises/register/confirm/")
    assert f"/confirm/{registration.confirmation_key}/" in path  # signed, not an id or an address
    assert "ausbildung" not in path and "Bäckerei" not in message.body  # nothing the form's user typed

    assert client.get("/de/enterprises/register/thanks/").status_code == 200

    # Following the link shows a button; only the POST confirms (mail scanners follow links).
    page = client.get(path)
    assert page.status_code == 200
    assert page["Referrer-Policy"] == "same-origin"  # the token in the URL never leaves the site
    assert EmployerRegistration.objects.get().status == Status.UNCONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path)
    assert done.status_code == 200
    registration.refresh_from_db()
    assert registration.status == Status.PENDING
    assert registration.confirmed_at is not None

    # The German editors are told, once.
    assert [m.to for m in mail.outbox[1:]] == [["anna@partner.example"]]
    notification = mail.outbox[1]
    assert "Bäckerei Sonnenschein GmbH" in notification.body
    assert f"https://pathway.example/admin/employer-registrations/edit/{registration.pk}/" in notification.body
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(path)
    assert again.status_code == 200
    assert len(mail.outbox) == 2


def test_spanish_employer_registers_in_spanish(client, spanish_index, django_capture_on_commit_callbacks):
    response = client.post(
        "/es/enterprises/register/",
        valid_data(
            organisation_name="Hotel Mar Azul",
            country="ES",
            city="Valencia",
            sector="I",
            contact_email="rrhh@example.es",
            contact_role="Responsable de formación",
            languages=["es"],
        ),
    )
    assert response["Location"] == "/es/enterprises/register/thanks/"
    registration = EmployerRegistration.objects.get()
    assert (registration.language, registration.country) == ("es", "ES")
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "es"
    path = confirmation_link(message)
    assert path.startswith("/es/enterprises/register/confirm/")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path)
    assert EmployerRegistration.objects.get().status == Status.PENDING


def test_nobody_to_notify_is_not_an_error(client, organisation_index, django_capture_on_commit_callbacks):
    client.post(URL, valid_data())
    path = confirmation_link(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(path).status_code == 200
    assert len(mail.outbox) == 1


# --- The confirmation link ------------------------------------------------------
def confirm_url(token):
    return URL + "confirm/" + "/".join(token.split(":")) + "/"


def test_the_link_is_built_on_the_public_base_url_without_a_request(organisation_index):
    registration = EmployerRegistrationFactory(status=Status.UNCONFIRMED, confirmed_at=None)
    path = confirm_url(services.make_token(registration))
    with override_settings(WAGTAILADMIN_BASE_URL="https://pathway.example/"):
        assert services.confirmation_url(organisation_index, registration) == f"https://pathway.example{path}"
    link = services.confirmation_url(organisation_index, registration, base_url="https://other.example")
    assert link == f"https://other.example{path}"


def test_expired_link_is_refused_calmly(client, organisation_index):
    registration = EmployerRegistrationFactory(status=Status.UNCONFIRMED, confirmed_at=None, language="en")
    three_days_ago = time.time() - 3 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=three_days_ago):
        token = services.make_token(registration)
    for method in (client.get, client.post):
        response = method(confirm_url(token))
        assert response.status_code == 410
        assert "This confirmation link has expired" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.UNCONFIRMED


@pytest.mark.parametrize(
    "tamper, status",
    [
        (lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"), 400),  # signature changed
        (lambda token: "x" + token, 400),  # key changed
        (lambda token: "a:b:c", 400),  # nonsense in the right shape
        (lambda token: token.rsplit(":", 1)[0], 404),  # a part missing: no such page
        (lambda token: "not-a-token", 404),
    ],
)
def test_tampered_link_is_refused(client, organisation_index, tamper, status):
    registration = EmployerRegistrationFactory(status=Status.UNCONFIRMED, confirmed_at=None)
    response = client.post(confirm_url(tamper(services.make_token(registration))))
    assert response.status_code == status
    if status == 400:
        assert "This confirmation link is not valid" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.UNCONFIRMED


def test_link_of_an_erased_registration_is_invalid(client, organisation_index):
    registration = EmployerRegistrationFactory(status=Status.UNCONFIRMED, confirmed_at=None)
    token = services.make_token(registration)
    registration.delete()
    assert client.get(confirm_url(token)).status_code == 400


def test_link_of_a_decided_registration_changes_nothing(client, organisation_index):
    registration = EmployerRegistrationFactory(status=Status.REJECTED)
    response = client.post(confirm_url(services.make_token(registration)))
    assert response.status_code == 200
    assert "already confirmed" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.REJECTED


# --- Validation -------------------------------------------------------------------
REQUIRED = ["organisation_name", "kind", "country", "city", "sector", "contact_email", "contact_role"]


@pytest.mark.parametrize("name", REQUIRED)
def test_each_required_field(client, organisation_index, name):
    response = client.post(URL, valid_data(**{name: ""}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This field is required." in html
    assert f'href="#field-{name}"' in html  # the error summary links to the field
    assert EmployerRegistration.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"contact_email": "not an address"}, "Enter a valid email address."),
        ({"website": "javascript:alert(1)"}, "Enter a valid URL."),
        ({"organisation_name": "x" * 201}, "Ensure this value has at most 200 characters (it has 201)."),
        ({"city": "x" * 101}, "at most 100 characters"),
        ({"contact_role": "x" * 121}, "at most 120 characters"),
        ({"periods": "x" * 201}, "at most 200 characters"),
        ({"message": "x" * 2001}, "at most 2000 characters"),
        ({"places": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"places": "501"}, "Ensure this value is less than or equal to 500."),
        ({"places": "two"}, "Enter a whole number."),
        ({"kind": "bank"}, "Select a valid choice. bank is not one of the available choices."),
        ({"country": "AT"}, "Select a valid choice. AT is not one of the available choices."),
        ({"sector": "Z"}, "Select a valid choice."),
        ({"supports": ["free_beer"]}, "Select a valid choice. free_beer is not one of the available choices."),
        ({"languages": ["xx"]}, "Select a valid choice."),
        ({"consent": None}, "Please agree to the privacy notice"),
        ({"organisation_name": "Evil\r\nBcc: victim@example.org"}, "Please write this on one line"),
        ({"city": "Leip\x00zig"}, "Null characters are not allowed."),
    ],
)
def test_invalid_input_is_explained_and_nothing_is_stored(client, organisation_index, changes, message):
    response = client.post(URL, valid_data(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode() or "consent" in changes
    assert EmployerRegistration.objects.count() == 0
    assert mail.outbox == []


def test_validation_messages_are_translated(client, german_index):
    response = client.post("/de/enterprises/register/", valid_data(city="", contact_email="nope"))
    html = response.content.decode()
    with translation.override("de"):
        required, invalid_email = gettext("This field is required."), gettext("Enter a valid email address.")
    assert required != "This field is required." and required in html
    assert invalid_email == "Bitte gültige E-Mail-Adresse eingeben." and invalid_email in html


def test_the_form_keeps_what_was_typed_escaped(client, organisation_index):
    response = client.post(URL, valid_data(organisation_name='<b onmouseover="x">Evil</b>', contact_email=""))
    html = response.content.decode()
    assert '<b onmouseover="x">' not in html
    assert "&lt;b onmouseover=&quot;x&quot;&gt;Evil&lt;/b&gt;" in html


def test_no_file_upload_and_length_limits_in_the_markup(client, organisation_index):
    html = client.get(URL).content.decode()
    assert 'type="file"' not in html and "multipart" not in html
    assert 'name="organisation_name" maxlength="200"' in html
    assert 'maxlength="2000"' in html


# --- Honeypot, duplicates, rate limit, CSRF, caching -----------------------------------
def test_honeypot_gets_the_same_answer_and_nothing_happens(client, organisation_index):
    caught = client.post(URL, valid_data(reference_code="http://spam.example"))
    assert caught.status_code == 302
    assert caught["Location"] == "/en/enterprises/register/thanks/"
    assert EmployerRegistration.objects.count() == 0
    assert mail.outbox == []
    genuine = client.post(URL, valid_data())
    assert (genuine.status_code, genuine["Location"]) == (caught.status_code, caught["Location"])
    assert EmployerRegistration.objects.count() == 1


def test_one_confirmation_email_per_address_while_waiting(client, organisation_index):
    first = client.post(URL, valid_data())
    second = client.post(URL, valid_data(organisation_name="Another name", contact_email="AUSBILDUNG@example.org"))
    assert first["Location"] == second["Location"]
    assert EmployerRegistration.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.fixture
def one_window(monkeypatch):
    """Keep every request in one rate-limit window (the limit counts per fixed 10-minute window)."""
    from types import SimpleNamespace

    monkeypatch.setattr("home.ratelimit.time", SimpleNamespace(time=lambda: 600 * 3_000_000 + 1.0))


@override_settings(PATHWAY_REGISTRATION_RATE_LIMIT=3)
def test_rate_limit_answers_429_with_a_translated_page(client, german_index, one_window):
    for index in range(3):
        response = client.post("/de/enterprises/register/", valid_data(contact_email=f"a{index}@example.org"))
        assert response.status_code == 302
    limited = client.post("/de/enterprises/register/", valid_data(contact_email="late@example.org"))
    assert limited.status_code == 429
    assert limited["Retry-After"] == "600"
    assert 'lang="de"' in limited.content.decode()
    assert "10" in limited.content.decode()
    assert EmployerRegistration.objects.count() == 3
    # Counted per client address: another address is not limited.
    other = client.post(
        "/de/enterprises/register/", valid_data(contact_email="other@example.org"), REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 302
    # Reading the form is never limited.
    assert client.get("/de/enterprises/register/").status_code == 200


def test_default_rate_limit_is_five_per_ten_minutes(client, organisation_index, one_window):
    statuses = [client.post(URL, valid_data(contact_email="")).status_code for _ in range(6)]
    assert statuses == [200, 200, 200, 200, 200, 429]


def test_csrf_is_required(organisation_index):
    csrf_client = Client(enforce_csrf_checks=True)
    assert csrf_client.post(URL, valid_data()).status_code == 403
    page = csrf_client.get(URL)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    assert csrf_client.post(URL, valid_data(csrfmiddlewaretoken=token)).status_code == 302


def test_form_pages_are_never_cached(client, organisation_index):
    for response in (client.get(URL), client.post(URL, valid_data(city="")), client.post(URL, valid_data())):
        assert "no-store" in response["Cache-Control"]


def test_a_mail_server_failure_keeps_nothing(client, organisation_index):
    with mock.patch("enterprises.emails.send_mail", side_effect=OSError("connection refused")):
        response = client.post(URL, valid_data())
    assert response.status_code == 503
    assert "We could not send the confirmation email" in response.content.decode()
    assert EmployerRegistration.objects.count() == 0


def test_registering_for_a_specific_opportunity(client, organisation_index, sections):
    opportunity = OpportunityPageFactory(parent=sections["ES"], title="Hotel reception in Valencia", country="ES")
    page = client.get(f"{URL}?opportunity={opportunity.pk}").content.decode()
    assert "Hotel reception in Valencia" in page
    assert re.search(r'<option value="ES" selected>', page)
    client.post(URL, valid_data(country="ES", opportunity_id=str(opportunity.pk)))
    assert EmployerRegistration.objects.get().opportunity_id == opportunity.pk


def test_an_unknown_opportunity_is_quietly_dropped(client, organisation_index):
    assert client.get(f"{URL}?opportunity=999999").status_code == 200
    assert client.get(f"{URL}?opportunity=<script>").status_code == 200
    assert client.get(f"{URL}?opportunity=²³").status_code == 200  # digits, but not ASCII ones
    for value in ("999999", "²", "1" * 40):
        response = client.post(URL, valid_data(opportunity_id=value))
        assert response.status_code == 302, value
        assert EmployerRegistration.objects.get().opportunity_id is None
        EmployerRegistration.objects.all().delete()


def test_other_methods_are_refused(client, organisation_index):
    assert client.put(URL).status_code == 405
    assert client.delete(URL).status_code == 405


# --- Generated input -----------------------------------------------------------------
PAYLOADS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "<b data-x='1'>bold</b>"]
FIELDS = list(valid_data()) + ["opportunity_id"]
printable = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
hostile = st.builds(
    lambda before, payload, after: before + payload + after, printable, st.sampled_from(PAYLOADS), printable
)
value = st.one_of(printable, hostile, st.sampled_from(["", " ", "0", "-1", "99999999999999999999", "DE", "x" * 2500]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), st.one_of(value, st.lists(value, max_size=3)), max_size=6))
@override_settings(PATHWAY_REGISTRATION_RATE_LIMIT=10_000)
def test_generated_input_never_breaks_the_form(client, organisation_index, changes):
    before = EmployerRegistration.objects.count()
    response = client.post(URL, valid_data(**changes))  # a server error would raise here
    assert response.status_code in (200, 302)
    html = response.content.decode()
    for payload in PAYLOADS:
        assert payload not in html
    if response.status_code == 200:
        assert EmployerRegistration.objects.count() == before  # invalid input: nothing stored
    EmployerRegistration.objects.all().delete()
    mail.outbox.clear()
