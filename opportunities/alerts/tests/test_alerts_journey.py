"""A youth worker follows a search by email, in Spanish: subscribe, confirm, receive a digest of
exactly the new matching placements, unsubscribe with one click."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from home.locales import sync_trees
from opportunities.alerts.models import Alert
from opportunities.factories import OpportunityPageFactory
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db
DAYS = datetime.timedelta
FILTERS = "country=DE&sector=I"


def link(message, kind):
    """The path of the email's ``kind`` link (links are absolute, on the public base URL)."""
    return re.search(rf"https?://[^/\s]+(/\S+/opportunities/alerts/{kind}/\S+/)", message.body).group(1)


def subscribe(client, email="ana@example.org", filters=FILTERS, frequency="daily", language="es", **extra):
    data = {"email": email, "frequency": frequency, "consent": "on", "filters": filters}
    return client.post(f"/{language}/opportunities/alerts/subscribe/", data, **extra)


def age(page, days):
    """Make ``page`` (in every language) first published ``days`` ago."""
    when = timezone.now() - DAYS(days)
    OpportunityPage.objects.filter(translation_key=page.translation_key).update(
        source_first_published_at=when, first_published_at=when
    )


def confirm_by_email(client, message):
    path = link(message, "confirm")
    page = client.get(path)
    assert page.status_code == 200
    assert Alert.objects.get().confirmed_at is None  # opening the link confirms nothing
    assert '<form method="post"' in page.content.decode()
    response = client.post(path)
    assert response.status_code == 200
    return response


def test_spanish_youth_worker_gets_exactly_the_new_matching_placement(
    client, spanish_tree, sections, translate, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://pathway.example"
    old = OpportunityPageFactory(parent=sections["DE"], title="Hotel kitchen in Berlin", country="DE", sector="I")
    age(old, 30)

    response = subscribe(client)
    assert response.status_code == 302
    assert response["Location"] == "/es/opportunities/alerts/thanks/"
    assert client.get(response["Location"]).status_code == 200
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.extra_headers["Content-Language"] == "es"
    assert link(message, "confirm").startswith("/es/opportunities/alerts/confirm/")
    alert = Alert.objects.get()
    assert (alert.language, alert.frequency, alert.filters) == ("es", "daily", FILTERS)
    assert alert.key not in message.body or ":" in link(message, "confirm")  # signed, never an id or address
    assert (
        alert.consent_version == settings.PATHWAY_CONSENT_VERSION and "aviso de privacidad" in alert.consent_text
    )  # stored as the subscriber read it

    done = confirm_by_email(client, message)
    assert "confirm" in done.content.decode().lower()
    alert.refresh_from_db()
    assert alert.confirmed_at is not None and alert.renewed_at == alert.confirmed_at
    # A day later: the first digest is due.
    Alert.objects.filter(pk=alert.pk).update(confirmed_at=timezone.now() - DAYS(1), renewed_at=timezone.now())

    new = OpportunityPageFactory(parent=sections["DE"], title="Hotel bar in Munich", country="DE", sector="I")
    translate(new, "es", {"Hotel bar in Munich": "Bar de hotel en Múnich"})
    OpportunityPageFactory(parent=sections["DE"], title="Warehouse in Bremen", country="DE", sector="H")
    # An old placement translated now is not new.
    translate(old, "es", {"Hotel kitchen in Berlin": "Cocina de hotel en Berlín"})

    mail.outbox.clear()
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))
    (digest,) = mail.outbox
    assert digest.to == ["ana@example.org"]
    assert digest.extra_headers["Content-Language"] == "es"
    body = digest.body
    assert "Bar de hotel en Múnich" in body
    spanish_new = new.get_translation(spanish_tree.locale)
    assert f"https://pathway.example/es/opportunities/de/{spanish_new.slug}/" in body
    assert "Alemania" in body  # the country in Spanish
    assert "Cocina de hotel" not in body and "Hotel kitchen" not in body
    assert "Warehouse" not in body
    assert "https://pathway.example/es/opportunities/follow/?country=DE&sector=I" in body
    unsubscribe = link(digest, "unsubscribe")
    assert digest.extra_headers["List-Unsubscribe"] == f"<https://pathway.example{unsubscribe}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    alert.refresh_from_db()
    assert alert.last_sent_at is not None

    # The job runs again: nothing new, nothing sent.
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1

    # The mail program's one-click unsubscribe: a POST without CSRF token or cookie.
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(unsubscribe).status_code == 200
    assert Alert.objects.filter(pk=alert.pk).exists()  # a GET only shows the button
    response = strict.post(unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()
    # Twice is fine.
    assert strict.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200


def test_a_digest_waits_for_its_period_and_nothing_new_sends_nothing(client, spanish_tree, sections):
    subscribe(client, frequency="weekly")
    confirm_by_email(client, mail.outbox[0])
    mail.outbox.clear()
    alert = Alert.objects.get()
    bar = OpportunityPageFactory(parent=sections["DE"], title="Hotel bar in Munich", country="DE", sector="I")
    sync_trees()  # its Spanish alias, as the editors' workflow makes it
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))
    assert mail.outbox == []  # confirmed just now: a week to go
    Alert.objects.filter(pk=alert.pk).update(confirmed_at=timezone.now() - DAYS(8))
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1  # the alias of the new placement, as the Spanish listing shows it
    assert "Hotel bar in Munich" in mail.outbox[0].body
    # A week later, with nothing published since the digest.
    age(bar, 9)
    Alert.objects.filter(pk=alert.pk).update(last_sent_at=timezone.now() - DAYS(8))
    call_command("send_alert_digests", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1  # due, but nothing new since


def test_unsubscribe_get_shows_a_button_and_a_forged_link_is_refused(client, spanish_tree):
    from opportunities.alerts import services

    subscribe(client)
    alert = Alert.objects.get()
    token = services.unsubscribe_token(alert)
    page = client.get(f"/es/opportunities/alerts/unsubscribe/{token}/")
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]
    assert Alert.objects.filter(pk=alert.pk).exists()
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.post(f"/es/opportunities/alerts/unsubscribe/{forged}/").status_code == 400
    assert client.post(f"/es/opportunities/alerts/confirm/{forged}/").status_code == 400
    assert Alert.objects.filter(pk=alert.pk).exists()
