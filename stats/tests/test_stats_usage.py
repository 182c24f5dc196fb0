"""Usage counters: one row per day, measure and key, incremented atomically; each wired view
counts once through ``home.usage``; a failing counter never breaks the request."""

import json
import logging

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError
from django.utils import timezone

from enterprises import services
from enterprises.factories import EmployerRegistrationFactory
from enterprises.tests.test_enterprises_registration import valid_data
from home import usage as home_usage
from passport_pages.factories import PassportPageFactory
from passport_pages.pdf import PassportBooklet
from stats import usage
from stats.models import UsageCount

pytestmark = pytest.mark.django_db


def counted(measure, key=""):
    usage.flush()  # the busy measures wait in the cache until a flush
    row = UsageCount.objects.filter(date=timezone.localdate(), measure=measure, key=key).first()
    return row.count if row else 0


def test_one_row_per_day_measure_and_key():
    for _ in range(3):
        usage.count("passport_pdf", "de")
    usage.count("passport_pdf", "en")
    usage.flush()
    usage.count("passport_pdf", "de")
    assert counted("passport_pdf", "de") == 4
    assert UsageCount.objects.count() == 2
    # No visitor data: only these columns.
    assert [field.name for field in UsageCount._meta.concrete_fields] == ["id", "date", "measure", "key", "count"]


def test_unknown_measures_are_not_counted():
    usage.count("visitor_ip", "203.0.113.9")
    assert not UsageCount.objects.exists()


def test_the_signal_counts_outcomes():
    home_usage.record("match", results=2)
    home_usage.record("match", results=0)
    home_usage.record("search", "de", results=0)
    home_usage.record("search", "de", results=4)
    assert (counted("match"), counted("match_with_result")) == (2, 1)
    assert (counted("search", "de"), counted("search_no_result", "de")) == (2, 1)


# --- Wired views ------------------------------------------------------------------------
def test_the_matching_form_and_api_count_requests_and_those_with_a_result(client, network):
    assert client.post("/en/match/", {}).status_code == 200  # nothing given: every open placement
    assert (counted("match"), counted("match_with_result")) == (1, 1)
    client.post("/en/match/", {"destination_countries": ["PL"]})  # no placement in Poland
    assert (counted("match"), counted("match_with_result")) == (2, 1)
    response = client.post("/api/match/", json.dumps({}), content_type="application/json")
    assert response.status_code == 200 and response.json()["results"]
    assert (counted("match"), counted("match_with_result")) == (3, 2)
    client.get("/en/match/")  # the empty form is no request
    assert counted("match") == 3


def test_passport_pdfs_are_counted_per_language(client, home_page, monkeypatch):
    monkeypatch.setattr(PassportBooklet, "layout", lambda booklet: b"%PDF-1.7 fake")
    passport = PassportPageFactory(parent=home_page)
    passport.save_revision().publish()
    assert client.get("/en/passport/pdf/").status_code == 200
    assert client.get("/en/passport/pdf/").status_code == 200  # cached booklet: still a download
    assert counted("passport_pdf", "en") == 2


def test_searches_and_searches_without_result_are_counted_cached_or_not(client, home_page, settings):
    settings.PATHWAY_PAGE_CACHE_SECONDS = 60
    client.get("/en/search/", {"q": "astronaut"})
    assert client.get("/en/search/", {"q": "astronaut"})["X-Cache"] == "HIT"
    client.get("/en/search/", {"q": "astronaut", "page": "2"})  # turning pages is no new search
    assert (counted("search", "en"), counted("search_no_result", "en")) == (2, 2)


def test_employer_registrations_are_counted_when_created_and_decided(client, organisation_index, organisation_sections):
    assert client.post("/en/enterprises/register/", valid_data(country="ES")).status_code == 302
    assert counted("registration_created", "ES") == 1
    admin = User.objects.create_superuser("admin", "admin@partner.example", "x")
    services.approve(EmployerRegistrationFactory(country="DE"), admin)
    services.reject(EmployerRegistrationFactory(country="DE"), admin, "No places this year.")
    assert counted("registration_approved", "DE") == counted("registration_rejected", "DE") == 1


# --- The buffer ------------------------------------------------------------------------
def test_busy_measures_wait_in_the_cache_and_a_flush_moves_them_once(django_assert_num_queries):
    with django_assert_num_queries(0):  # no database write in the request
        usage.count("match")
        usage.count("search", "de")
        usage.count("search", "xx")  # not a configured language: counted without its key
    assert not UsageCount.objects.exists()
    assert usage.flush() == 3
    assert usage.flush() == 0  # taken out of the cache: never counted twice
    assert counted("match") == 1 and counted("search", "de") == 1 and counted("search", "") == 1


def test_one_flush_at_a_time():
    from django.core.cache import cache

    usage.count("match")
    cache.add(usage.FLUSH_LOCK, 1)
    assert usage.flush() == 0
    cache.delete(usage.FLUSH_LOCK)
    assert usage.flush() == 1


def test_the_command_flushes(capsys):
    from django.core.management import call_command

    usage.count("passport_pdf", "pl")
    call_command("flush_usage_counters")
    assert "1 counts moved" in capsys.readouterr().out
    assert UsageCount.objects.get(measure="passport_pdf", key="pl").count == 1


# --- Failures never reach the visitor ---------------------------------------------------
def test_without_the_cache_the_count_goes_to_the_database(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(usage, "_buffer", broken)
    usage.count("match")
    assert UsageCount.objects.get(measure="match").count == 1


def test_a_database_error_is_logged_and_the_request_is_served(client, network, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise DatabaseError("disk I/O error")

    def no_cache(*args, **kwargs):
        return False

    before = list(UsageCount.objects.values_list("measure", "key", "count"))
    monkeypatch.setattr(usage, "_buffer", no_cache)
    monkeypatch.setattr(usage, "_increment", broken)
    with caplog.at_level(logging.WARNING):
        assert client.post("/en/match/", {}).status_code == 200
        assert client.get("/en/search/", {"q": "astronaut"}).status_code == 200
    assert "could not be counted" in caplog.text
    assert list(UsageCount.objects.values_list("measure", "key", "count")) == before


def test_a_broken_receiver_never_raises_into_the_request(client, home_page, caplog):
    def receiver(**kwargs):
        raise RuntimeError("boom")

    home_usage.usage_event.connect(receiver, dispatch_uid="test-broken")
    try:
        with caplog.at_level(logging.WARNING):
            assert client.get("/en/search/", {"q": "astronaut"}).status_code == 200
    finally:
        home_usage.usage_event.disconnect(dispatch_uid="test-broken")
    assert "boom" in caplog.text
    assert counted("search", "en") == 1  # the other receiver still counted


def test_downloads_flush_the_buffered_counts_first(client, home_page):
    """A CSV or workbook taken right after busy traffic includes it, as the page does."""
    from stats.forms import StatisticsFilterForm
    from stats.views import csv_response

    usage.count("search", "de")
    assert not UsageCount.objects.exists()
    csv_response("usage-per-week", StatisticsFilterForm({}).filters())
    assert UsageCount.objects.get(measure="search", key="de").count == 1
