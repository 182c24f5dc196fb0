"""Project-wide endpoints and headers: health check, robots.txt, sitemap, CSP."""

from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError

from home.factories import ContentPageFactory
from home.locales import sync_trees

pytestmark = pytest.mark.django_db


def test_health_answers_200_after_a_database_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_answers_503_when_the_database_is_unreachable(client):
    with mock.patch("pathway.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert f"Sitemap: {settings.WAGTAILADMIN_BASE_URL}/sitemap.xml" in body  # the public base URL


def test_sitemap_lists_every_locale_but_no_alias(client, home_page, translate):
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice")
    translate(home_page, "de")
    translate(privacy, "de")
    sync_trees()  # es, it, pl, fr get aliases
    body = client.get("/sitemap.xml").content.decode()
    base = settings.WAGTAILADMIN_BASE_URL  # absolute URLs are on the public base URL
    assert f"<loc>{base}/en/privacy/</loc>" in body
    assert f"<loc>{base}/de/privacy/</loc>" in body
    assert f"<loc>{base}/de/</loc>" in body
    assert "/es/privacy/" not in body  # an alias: its canonical page is the English one


def test_public_pages_send_a_strict_content_security_policy(client, home_page):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "nonce-" not in policy
    assert "frame-ancestors 'none'" in policy
    # ... and the pages hold no inline script that such a policy would block.
    assert "<script>" not in response.content.decode()


def test_the_looser_admin_policy_is_scoped_to_the_admin(client, home_page, admin_user):
    from home.testing import verified_login

    verified_login(client, admin_user)
    admin = client.get("/admin/")
    assert admin.status_code == 200
    admin_policy = admin["Content-Security-Policy"]
    assert "'unsafe-inline'" in admin_policy
    assert "unsafe-inline" not in client.get("/en/")["Content-Security-Policy"]
    assert "unsafe-inline" not in client.get("/health/")["Content-Security-Policy"]


def test_unknown_page_is_a_translated_404(client, home_page, translate):
    translate(home_page, "de")
    response = client.get("/de/does-not-exist/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_public_pages_send_the_other_security_headers(client, home_page):
    response = client.get("/en/")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"ALLOWED_HOSTS": "example.org"}, "SECRET_KEY is required"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS is required"),
    ],
)
def test_production_settings_refuse_to_start_without_secrets(environment, message):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(environment, DJANGO_SETTINGS_MODULE="pathway.settings.production")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert message in result.stderr


def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/img/favicon.svg")
    assert client.get(response["Location"]).status_code in (200, 404)  # served by WhiteNoise/runserver, not Django
