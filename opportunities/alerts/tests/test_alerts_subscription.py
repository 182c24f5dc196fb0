"""The subscription form: on the cached follow page, the same answer for every address, rate
limited, only from this site; the stored filters and consent."""

import re

import pytest
from django.core import mail
from django.test import Client, override_settings

from opportunities.alerts import services
from opportunities.alerts.models import MAX_ALERTS_PER_ADDRESS, Alert

pytestmark = pytest.mark.django_db
URL = "/en/opportunities/alerts/subscribe/"


def data(email="sam@example.org", filters="country=DE&sector=I", **extra):
    return {"email": email, "frequency": "weekly", "consent": "on", "filters": filters, **extra}


def test_the_follow_page_holds_the_form_and_stays_in_the_page_cache(client, opportunity_index):
    with override_settings(PATHWAY_PAGE_CACHE_SECONDS=60):
        first = client.get("/en/opportunities/follow/", {"country": "DE", "sector": "I", "utm_source": "x"})
        second = client.get("/en/opportunities/follow/?sector=I&country=DE")
    html = first.content.decode()
    assert f'<form method="post" action="{URL}"' in html
    assert '<input type="hidden" name="filters" value="country=DE&amp;sector=I">' in html
    assert "csrfmiddlewaretoken" not in html
    assert 'href="/en/privacy/"' in html
    # Every field has its label; the email's help is tied to it.
    for field_id in ("alert-email", "alert-frequency-daily", "alert-frequency-weekly", "alert-consent"):
        assert f'<label for="{field_id}">' in html and f'id="{field_id}"' in html
    assert 'aria-describedby="alert-email-help"' in html
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")


def test_stored_filters_are_the_known_parameters_normalised(client, opportunity_index):
    client.post(URL, data(filters="sector=i&utm_source=x&country=de,es&page=2&sort=title&country=XX&q=  hotel  bar "))
    alert = Alert.objects.get()
    assert alert.filters == "country=DE&country=ES&sector=I&q=hotel+bar"
    assert alert.language == "en" and alert.frequency == "weekly"
    assert alert.confirmed_at is None and alert.last_sent_at is None and alert.renewed_at is None
    assert alert.consent_text.startswith("I have read the privacy notice. I agree")
    assert services.normalise_filters("country=ES&q=hotel bar&sector=I&country=DE") == alert.filters


def test_the_same_answer_for_a_new_a_known_and_a_capped_address(client, opportunity_index):
    def answer(email, filters="country=DE"):
        response = client.post(URL, data(email=email, filters=filters))
        return response.status_code, response["Location"], client.get(response["Location"]).content

    new = answer("new@example.org")
    assert len(mail.outbox) == 1
    known = answer("NEW@example.org")  # the same search again, the address in other letters
    assert len(mail.outbox) == 1 and Alert.objects.for_email("new@example.org").count() == 1
    for number in range(MAX_ALERTS_PER_ADDRESS):
        Alert.objects.create(
            email="full@example.org",
            filters=f"q=word{number}",
            language="en",
            frequency="daily",
            consent_text="-",
            consent_version="-",
            consented_at="2026-01-01T00:00Z",
            confirmed_at="2026-01-01T00:00Z",
        )
    capped = answer("full@example.org", filters="country=IT")
    assert len(mail.outbox) == 1 and Alert.objects.for_email("full@example.org").count() == MAX_ALERTS_PER_ADDRESS
    assert new == known == capped
    assert new[:2] == (302, "/en/opportunities/alerts/thanks/")


def test_a_stranger_gets_at_most_three_confirmation_emails_at_a_time(client, opportunity_index):
    for country in ("DE", "ES", "IT", "FR", "PL"):
        client.post(URL, data(email="victim@example.org", filters=f"country={country}"))
    assert len(mail.outbox) == 3


def test_errors_are_shown_beside_their_fields_and_in_a_summary(client, opportunity_index):
    response = client.post(URL, {"email": "not an address", "filters": "country=DE"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-describedby="alert-email-help alert-email-error"' in html and 'aria-invalid="true"' in html
    assert 'id="alert-consent-error"' in html and 'href="#alert-consent"' in html
    assert 'value="country=DE"' in html  # the search is kept
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert not Alert.objects.exists() and mail.outbox == []


def test_a_post_from_another_site_is_refused(client, opportunity_index):
    response = client.post(URL, data(), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    response = client.post(URL, data(), HTTP_REFERER="https://evil.example/page")
    assert response.status_code == 403
    assert not Alert.objects.exists()
    # From this site, with the CSRF check on (the form holds no token): accepted.
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, data(), HTTP_ORIGIN="http://testserver").status_code == 302
    assert Alert.objects.count() == 1


def test_subscribing_is_rate_limited(client, opportunity_index, settings):
    settings.PATHWAY_ALERT_RATE_LIMIT = 2
    for number in range(2):
        assert client.post(URL, data(email=f"r{number}@example.org")).status_code == 302
    response = client.post(URL, data(email="r3@example.org"))
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    assert Alert.objects.count() == 2


def test_a_get_of_the_subscription_url_leads_to_the_follow_page(client, opportunity_index):
    response = client.get(URL, {"country": "DE", "utm_source": "x"})
    assert response.status_code == 302
    assert response["Location"] == "/en/opportunities/follow/?country=DE"


def test_confirmation_link_expires_with_the_unconfirmed_alert(client, opportunity_index, settings):
    from django.core import signing

    client.post(URL, data())
    alert = Alert.objects.get()
    path = re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", mail.outbox[0].body).group(1)
    assert client.get(path).status_code == 200
    signer = signing.TimestampSigner(salt=services.CONFIRM_SALT)
    stale = signer.sign(alert.key)
    from unittest import mock

    with mock.patch("time.time", return_value=__import__("time").time() + services.CONFIRM_MAX_AGE + 60):
        assert client.post(f"/en/opportunities/alerts/confirm/{stale}/").status_code == 410
    alert.refresh_from_db()
    assert alert.confirmed_at is None
