"""Shared by the spreadsheet tests: a network with roles, and files made from rows."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from home.locales import sync_trees
from home.roles import editors_group_name, setup_country
from opportunities.spreadsheet.columns import SPEC


def good_row(number, **overrides):
    today = timezone.localdate()
    row = {
        "external_id": f"DE-{number:03d}",
        "title": f"Cook in Munich {number}",
        "slug": "",
        "summary": "Cook with a friendly team.",
        "host_organisation": "",
        "country": "DE",
        "city": "Munich",
        "region": "Bavaria",
        "sector": "I",
        "field_of_education": "10",
        "opportunity_type": "work_placement",
        "eqf_min": "2",
        "eqf_max": "4",
        "duration_min_weeks": "4",
        "duration_max_weeks": "8",
        "application_deadline": (today + datetime.timedelta(days=20)).isoformat(),
        "places": "2",
        "start_periods": (today + datetime.timedelta(days=60)).isoformat(),
        "age_min": "16",
        "age_max": "29",
        "languages": "de:A2;en:B1",
        "supports": "accompanying_person;local_buddy",
        "commitments": "learning_plan",
        "costs_covered": "Travel and housing.\n\nA monthly allowance.",
        "how_to_apply": "Send us a short letter.",
        "contact_role": "Mobility coordinator",
        "contact_email": "mobility@example.org",
        "search_keywords": "chef, kitchen",
        "tags": "kitchen;food",
    }
    row.update(overrides)
    return row


def csv_bytes(rows, encoding="utf-8-sig", delimiter=",", headers=None):
    out = io.StringIO(newline="")
    headers = headers or SPEC.names
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(name, "") for name in headers])
    return out.getvalue().encode(encoding)


@pytest.fixture
def network(home_page, opportunity_index, sections):
    """English DE/ES/IT sections, the other languages' trees as aliases, DE's and ES's roles."""
    sync_trees()
    for country in ("DE", "ES"):
        setup_country(country)
    return sections


@pytest.fixture
def editor_de(django_user_model, network):
    user = django_user_model.objects.create_user("editor-de", password="x" * 16)
    user.groups.add(Group.objects.get(name=editors_group_name("DE")))
    return user


@pytest.fixture
def editor_es(django_user_model, network):
    user = django_user_model.objects.create_user("editor-es", password="x" * 16)
    user.groups.add(Group.objects.get(name=editors_group_name("ES")))
    return user
