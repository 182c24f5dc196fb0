"""One public base URL (``WAGTAILADMIN_BASE_URL``): every absolute URL a visitor, a feed reader,
a search engine or an email reader receives is built on it, never on the request's host header
nor on the Site record."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser
import icalendar
import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Site

from home.demo import ensure_site
from home.factories import ContentPageFactory
from home.locales import sync_trees
from home.public_urls import absolute_url, base_host, page_url
from opportunities.factories import OpportunityPageFactory
from passport_pages.pdf import PassportBooklet

pytestmark = pytest.mark.django_db
BASE = "https://pathway.example"
HOST = {"HTTP_HOST": "127.0.0.1"}  # an allowed host that is not the public one


@pytest.fixture
def placement(sections):
    return OpportunityPageFactory(parent=sections["DE"], title="Hotel kitchen in Berlin", country="DE")


def test_default_in_development_is_the_runserver_address():
    assert settings.WAGTAILADMIN_BASE_URL == os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")


@override_settings(WAGTAILADMIN_BASE_URL=BASE + "/")
def test_helpers():
    assert absolute_url("/en/x/?a=1") == f"{BASE}/en/x/?a=1"
    assert absolute_url("http://localhost/en/x/") == f"{BASE}/en/x/"
    assert base_host() == "pathway.example"


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_canonical_and_hreflang(client, home_page, translate):
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice", show_in_footer=True)
    translate(home_page, "de")
    translate(privacy, "de", {"Privacy notice": "Datenschutzerklärung"})
    sync_trees()
    html = client.get("/en/privacy/", **HOST).content.decode()
    assert f'<link rel="canonical" href="{BASE}/en/privacy/">' in html
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))
    assert alternates == {"en": f"{BASE}/en/privacy/", "de": f"{BASE}/de/privacy/", "x-default": f"{BASE}/en/privacy/"}
    alias = client.get("/pl/privacy/", **HOST).content.decode()
    assert f'<link rel="canonical" href="{BASE}/en/privacy/">' in alias


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_sitemap_and_robots(client, home_page):
    ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice")
    xml = client.get("/sitemap.xml", **HOST).content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert locations and all(location.startswith(f"{BASE}/") for location in locations), locations
    assert f"{BASE}/en/privacy/" in locations
    assert f"Sitemap: {BASE}/sitemap.xml" in client.get("/robots.txt", **HOST).content.decode()


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_feed_calendar_api_and_json_ld(client, placement):
    expected = f"{BASE}{placement.url}"
    feed = feedparser.parse(client.get("/en/opportunities/feed/", **HOST).content)
    assert feed.feed.link.startswith(f"{BASE}/en/opportunities/")
    assert [(entry.link, entry.id) for entry in feed.entries] == [(expected, expected)]

    calendar = icalendar.Calendar.from_ical(client.get("/en/opportunities/deadlines.ics", **HOST).content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["url"]) == expected
    assert str(event["uid"]).endswith("@pathway.example")

    item = client.get("/api/v2/opportunities/", **HOST).json()["items"][0]
    assert item["meta"]["html_url"] == expected

    html = client.get(placement.url, **HOST).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["url"] == expected


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_passport_pdf_links(passport_page, placement):
    context = PassportBooklet(passport_page, placement).context()
    assert context["passport_url"] == f"{BASE}{passport_page.url}"
    assert context["opportunity_url"] == f"{BASE}{placement.url}"


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_page_url_ignores_the_site_record(home_page):
    assert Site.objects.get().hostname == "localhost"
    assert page_url(home_page) == f"{BASE}/en/"


@pytest.mark.parametrize(
    ("base", "hostname", "port"),
    [("http://127.0.0.1:8000", "127.0.0.1", 8000), ("https://pathway.example", "pathway.example", 443)],
)
def test_the_demo_site_record_matches_the_base_url(home_page, base, hostname, port):
    with override_settings(WAGTAILADMIN_BASE_URL=base):
        site = ensure_site(home_page)
        assert (site.hostname, site.port, site.root_page_id) == (hostname, port, home_page.pk)
        assert Site.objects.count() == 1
        assert home_page.get_full_url() == f"{base}/en/"  # Wagtail's own absolute URLs agree


def test_avatars_use_no_outside_service():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def _production_check(**environment):
    root = Path(__file__).resolve().parent.parent
    env = {key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"}
    env.update(environment, DJANGO_SETTINGS_MODULE="pathway.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "WAGTAILADMIN_BASE_URL is required in production"),
        ("pathway.example", "WAGTAILADMIN_BASE_URL must be an http(s) URL"),
    ],
)
def test_production_refuses_to_start_without_the_base_url(value, message):
    environment = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "pathway.example"}
    if value is not None:
        environment["WAGTAILADMIN_BASE_URL"] = value
    result = _production_check(**environment)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr
