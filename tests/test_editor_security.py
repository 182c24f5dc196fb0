"""Editor accounts: the admin needs a second factor; repeated failed logins lock out."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.testing import verified_login

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def test_a_verified_admin_reaches_the_admin(client, editor, home_page):
    verified_login(client, editor)
    assert client.get("/admin/").status_code == 200


def test_signed_in_without_a_device_is_sent_to_set_one_up(client, editor, home_page):
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/two_factor/setup/")


def test_signed_in_with_a_device_but_unverified_is_sent_to_the_login(client, editor, home_page):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_the_admin_login_goes_through_the_two_factor_wizard(client, editor, home_page):
    device = TOTPDevice.objects.create(user=editor, name="default", confirmed=True)  # two_factor uses "default"
    assert client.get("/admin/login/")["Location"].startswith("/account/login/")
    first = client.post(
        "/account/login/",
        {"login_view-current_step": "auth", "auth-username": "editor", "auth-password": PASSWORD},
    )
    assert first.status_code == 200  # now asks for the token
    token = totp(device.bin_key, device.step, device.t0, device.digits)
    second = client.post("/account/login/", {"login_view-current_step": "token", "token-otp_token": f"{token:06d}"})
    assert second.status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(AXES_ENABLED=True)
def test_repeated_failed_logins_lock_the_account_out(client, editor, home_page):
    for _ in range(5):
        client.post(
            "/account/login/",
            {"login_view-current_step": "auth", "auth-username": "editor", "auth-password": "wrong"},
            REMOTE_ADDR="203.0.113.7",
        )
    locked = client.post(
        "/account/login/",
        {"login_view-current_step": "auth", "auth-username": "editor", "auth-password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()


def test_weak_passwords_are_refused():
    with pytest.raises(ValidationError):
        validate_password("short1")
    with pytest.raises(ValidationError):
        validate_password("password1234")


def test_production_refuses_to_switch_two_factor_off():
    root = Path(__file__).resolve().parent.parent
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="pathway.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.org",
        DISABLE_2FA="1",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "Two-factor authentication cannot be switched off in production" in result.stderr
