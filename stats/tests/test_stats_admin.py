"""The admin report "Network statistics": administrators see every country, a country's
editors see theirs only (page and downloads), anyone else nothing."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission, User

from home import roles
from home.testing import verified_login as login  # the admin asks for a second factor

pytestmark = pytest.mark.django_db
URL = "/admin/reports/network-statistics/"


def editor(username, country):
    group, _moderators = roles.setup_country(country)
    user = User.objects.create_user(username, f"{username}@partner.example", "x")
    user.groups.add(group)
    return user


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff"))))


def test_an_administrator_sees_every_country(client, network):
    login(client, User.objects.create_superuser("admin", "admin@partner.example", "x"))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "All host countries" in html
    assert '<th scope="row">Germany</th>' in html and '<th scope="row">Spain</th>' in html
    assert 'href="/admin/reports/network-statistics/statistics.xlsx?period=' in html
    rows = csv_rows(client.get(URL + "registrations-by-country.csv"))
    assert {row[0] for row in rows[1:]} >= {"DE", "ES", "total"}


def test_a_countrys_editor_sees_only_their_country(client, network):
    login(client, editor("anna", "DE"))
    html = client.get(URL, {"country": "ES"}).content.decode()  # asking for Spain gives Germany
    assert "All host countries" not in html
    assert '<option value="DE" selected>' in html and 'value="ES"' not in html
    assert '<th scope="row">Spain</th>' not in html
    rows = csv_rows(client.get(URL + "registrations-by-country.csv", {"country": "ES"}))
    assert [row[0] for row in rows[1:]] == ["DE", "total"]
    assert rows[1][2:] == ["6", "5", "<5"]
    assert client.get(URL + "statistics.xlsx", {"country": "ES"}).status_code == 200


def test_the_menu_item_is_there_for_editors(client, network):
    login(client, editor("anna", "DE"))
    admin_home = client.get("/admin/")
    assert URL in admin_home.content.decode()


def test_people_without_a_country_are_refused(client, network):
    user = User.objects.create_user("nobody", "nobody@partner.example", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login(client, user)
    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert client.get(URL)["Location"] == "/admin/"
    assert client.get(URL + "placements-by-country.csv")["Location"] == "/admin/"
    assert URL not in client.get("/admin/").content.decode()
