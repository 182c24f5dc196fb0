"""Degrade, never fall over (in-process): Redis unreachable, database unreachable, retention.

The same faults against a served site (gunicorn, a real stopped or hung Redis, an
unreachable PostgreSQL) are in tests/test_faults.py.
"""

import datetime
import io
import logging
import socket
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone

from enterprises.factories import EmployerRegistrationFactory
from enterprises.models import EmployerRegistration
from opportunities.factories import OpportunityPageFactory
from pathway import cache as breaker

pytestmark = pytest.mark.django_db
Status = EmployerRegistration.Status


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_caches(url):
    def alias(ignore_exceptions):
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "CLIENT_CLASS": "pathway.cache.BreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": ignore_exceptions,
            },
        }

    return {"default": alias(True), "ratelimit": alias(False)}


@pytest.fixture
def redis_down():
    """Both cache aliases on a Redis that refuses connections; the breaker reset around the test."""
    breaker.reset()
    with override_settings(CACHES=redis_caches(f"redis://127.0.0.1:{closed_port()}/0"), PATHWAY_PAGE_CACHE_SECONDS=60):
        yield
    breaker.reset()


# --- Health -------------------------------------------------------------------------
def test_health_reports_database_and_cache(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_health_stays_200_without_the_cache(client, redis_down):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "unavailable"}


def test_health_is_503_only_without_the_database(client):
    with mock.patch("pathway.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}


# --- Redis unreachable ------------------------------------------------------------
def test_pages_are_served_uncached_when_redis_is_down(client, sections, redis_down, caplog):
    page = OpportunityPageFactory(parent=sections["DE"], title="Served without Redis")
    with caplog.at_level(logging.WARNING, logger="pathway.cache"):
        for path in (page.url, "/en/opportunities/", "/api/v2/opportunities/", page.url):
            response = client.get(path)
            assert response.status_code == 200, path
            assert "X-Cache" not in response or response["X-Cache"] == "MISS"
    assert "Served without Redis" in client.get(page.url).content.decode()
    warnings = [record for record in caplog.records if record.name == "pathway.cache"]
    assert len(warnings) == 1  # once a minute, not once per request
    assert "unavailable" in warnings[0].getMessage()


def test_breaker_stops_trying_after_a_failure(redis_down):
    from django.core.cache import caches

    location = caches["default"].client._breaker_location
    assert caches["default"].get("anything") is None
    assert breaker.is_open(location)
    with mock.patch("django_redis.client.DefaultClient.get", side_effect=AssertionError("network touched")):
        assert caches["default"].get("anything", "fallback") == "fallback"


def test_rate_limits_fail_open_for_reads(client, home_page, redis_down):
    response = client.post("/api/match/", "{}", content_type="application/json")
    assert response.status_code == 200


def test_rate_limits_fail_closed_for_the_registration_form(client, organisation_index, redis_down, caplog):
    data = {
        "organisation_name": "Bäckerei GmbH",
        "kind": "enterprise",
        "country": "DE",
        "city": "Leipzig",
        "sector": "C",
        "contact_email": "a@example.org",
        "contact_role": "Leiterin",
        "consent": "on",
    }
    with caplog.at_level(logging.WARNING, logger="pathway.ratelimit"):
        response = client.post("/en/enterprises/register/", data)
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "<form" in response.content.decode() or "try again" in response.content.decode().lower()
    assert EmployerRegistration.objects.count() == 0


def test_rate_limit_scopes_that_fail_closed():
    from home.ratelimit import fails_closed

    assert fails_closed("employer-registration") and fails_closed("passport-pdf")
    assert not fails_closed("match") and not fails_closed("match-api")


# --- Database unreachable -----------------------------------------------------------
@pytest.fixture
def client(client):
    """A client that answers like a server: an exception becomes the response, not a raise."""
    client.raise_request_exception = False
    return client


def database_down():
    return mock.patch("wagtail.models.Site.find_for_request", side_effect=OperationalError("connection refused"))


def test_database_down_gives_a_translated_503_with_retry_after(client, home_page):
    with database_down():
        response = client.get("/de/some-page/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert 'lang="de"' in body
    assert "Something went wrong" not in body


def test_database_down_on_the_api_answers_json_503(client, home_page):
    with mock.patch("opportunities.api.Locale.objects.filter", side_effect=OperationalError("gone")):
        response = client.get("/api/v2/opportunities/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["errors"][0]["message"]


def test_cached_pages_are_served_while_the_database_is_down(client, home_page, django_assert_num_queries):
    with override_settings(PATHWAY_PAGE_CACHE_SECONDS=60):
        assert client.get("/en/")["X-Cache"] == "MISS"
        with database_down(), django_assert_num_queries(0):
            response = client.get("/en/")
        assert response.status_code == 200 and response["X-Cache"] == "HIT"
        with database_down():
            assert client.get("/en/other/").status_code == 503


def test_other_errors_stay_500(client, home_page):
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=RuntimeError("bug")):
        assert client.get("/en/").status_code == 500


# --- Retention ----------------------------------------------------------------------
def test_confirmed_but_undecided_registrations_are_purged_after_the_stated_period(db):
    def pending(confirmed_days_ago):
        registration = EmployerRegistrationFactory(status=Status.PENDING, decided_at=None)
        confirmed = timezone.now() - datetime.timedelta(days=confirmed_days_ago)
        EmployerRegistration.objects.filter(pk=registration.pk).update(confirmed_at=confirmed, created_at=confirmed)
        return registration.pk

    old, recent = pending(181), pending(179)
    out = io.StringIO()
    call_command("purge_registrations", stdout=out)
    assert "1 undecided registration(s) confirmed more than 180 days ago" in out.getvalue()
    assert set(EmployerRegistration.objects.values_list("pk", flat=True)) == {recent}
    assert old not in EmployerRegistration.objects.values_list("pk", flat=True)


def test_a_closed_placement_stays_published_and_says_it_is_closed(client, sections):
    page = OpportunityPageFactory(
        parent=sections["DE"],
        title="Bakery in Leipzig",
        application_deadline=timezone.localdate() - datetime.timedelta(days=3),
    )
    call_command("purge_registrations", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Closed" in response.content.decode()
