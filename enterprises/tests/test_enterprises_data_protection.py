"""Data protection commands for employer registrations: purge, export (JSON), erase."""

import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from enterprises.factories import EmployerRegistrationFactory
from enterprises.models import EmployerRegistration

pytestmark = pytest.mark.django_db
Status = EmployerRegistration.Status


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def make(status, created_days_ago=0, decided_days_ago=None, **kwargs):
    registration = EmployerRegistrationFactory(status=status, decided_at=None, **kwargs)
    EmployerRegistration.objects.filter(pk=registration.pk).update(
        created_at=days_ago(created_days_ago),
        decided_at=days_ago(decided_days_ago) if decided_days_ago is not None else None,
    )
    return registration


@pytest.fixture
def held(db):
    return {
        "old_approved": make(Status.APPROVED, 400, decided_days_ago=380),
        "old_rejected": make(Status.REJECTED, 200, decided_days_ago=100),
        "recent_rejected": make(Status.REJECTED, 20, decided_days_ago=10),
        "old_pending": make(Status.PENDING, 500),  # waits for an editor: kept
        "stale_unconfirmed": make(Status.UNCONFIRMED, 8),
        "fresh_unconfirmed": make(Status.UNCONFIRMED, 6),
    }


def remaining():
    return set(EmployerRegistration.objects.values_list("pk", flat=True))


def test_purge_with_the_default_retention(held):
    output = run("purge_registrations")
    assert "Deleted 1 processed registration(s) decided more than 365 days ago" in output
    assert "and 1 unconfirmed registration(s) older than 7 days" in output
    assert remaining() == {
        held[name].pk for name in ("old_rejected", "recent_rejected", "old_pending", "fresh_unconfirmed")
    }


def test_purge_with_a_configured_retention(held):
    run("purge_registrations", "--days", "30")
    assert remaining() == {held[name].pk for name in ("recent_rejected", "old_pending", "fresh_unconfirmed")}


def test_purge_dry_run_deletes_nothing(held):
    output = run("purge_registrations", "--days", "0", "--dry-run")
    assert output.startswith("Would delete 3 processed")
    assert len(remaining()) == 6


def test_purge_refuses_a_negative_retention(held):
    with pytest.raises(CommandError):
        run("purge_registrations", "--days", "-1")


def test_export_prints_everything_held_for_one_address_as_json(db):
    first = EmployerRegistrationFactory(contact_email="Ana@Example.org", message="Hola", places=3)
    second = EmployerRegistrationFactory(contact_email="ana@example.org", status=Status.REJECTED, reject_reason="Full.")
    EmployerRegistrationFactory(contact_email="someone.else@example.org")
    data = json.loads(run("export_registrations", "ANA@example.org"))
    assert data["email"] == "ANA@example.org"
    exported = data["employer_registrations"]
    assert [row["id"] for row in exported] == [first.pk, second.pk]
    row = exported[0]
    assert row["contact_email"] == "Ana@Example.org"
    assert row["message"] == "Hola" and row["places"] == 3
    assert row["consent_version"] == "2026-11" and row["consented_at"]
    assert row["supports"] == ["local_buddy"] and row["languages"] == ["de", "en"]
    assert exported[1]["reject_reason"] == "Full."
    assert "confirmation_key" not in row
    assert set(row) >= {"organisation_name", "kind", "country", "city", "sector", "website", "contact_role", "status"}


def test_export_of_an_unknown_address_is_empty(db):
    assert json.loads(run("export_registrations", "nobody@example.org"))["employer_registrations"] == []


def test_export_and_erase_refuse_what_is_not_an_address(db):
    for command in ("export_registrations", "erase_registrations"):
        with pytest.raises(CommandError):
            run(command, "not an address")


def test_erase_removes_everything_of_one_address_only(db, organisation_sections):
    from enterprises.factories import EnterprisePageFactory

    profile = EnterprisePageFactory(parent=organisation_sections["DE"])
    EmployerRegistrationFactory(contact_email="ana@example.org", status=Status.APPROVED, profile=profile)
    EmployerRegistrationFactory(contact_email="ANA@example.org", status=Status.UNCONFIRMED)
    other = EmployerRegistrationFactory(contact_email="someone.else@example.org")

    dry = run("erase_registrations", "ana@example.org", "--dry-run")
    assert "Would erase 2 registration(s)" in dry
    assert EmployerRegistration.objects.count() == 3

    output = run("erase_registrations", "ana@example.org")
    assert "Erased 2 registration(s) of ana@example.org." in output
    assert f"/admin/pages/{profile.pk}/edit/" in output  # the profile is organisation content: listed, kept
    assert remaining() == {other.pk}
    assert json.loads(run("export_registrations", "ana@example.org"))["employer_registrations"] == []
    profile.refresh_from_db()
