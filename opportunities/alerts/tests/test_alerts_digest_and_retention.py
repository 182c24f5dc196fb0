"""The digest job's cost and grouping; retention (keep-link, purge); export and erasure."""

import datetime
import io
import json
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opportunities.alerts import digest, services
from opportunities.alerts.models import Alert
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db
DAYS = datetime.timedelta


def make_alert(email="a@example.org", filters="country=DE&sector=I", confirmed_days=2, **fields):
    now = timezone.now()
    values = {
        "email": email,
        "filters": filters,
        "language": "en",
        "frequency": "daily",
        "consent_text": "I agree.",
        "consent_version": "2026-11",
        "consented_at": now - DAYS(confirmed_days or 0),
        "confirmed_at": now - DAYS(confirmed_days) if confirmed_days is not None else None,
        "renewed_at": now - DAYS(confirmed_days) if confirmed_days is not None else None,
    }
    values.update(fields)
    return Alert.objects.create(**values)


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_the_digest_costs_the_same_queries_for_2_or_12_alerts_with_one_search(sections):
    OpportunityPageFactory(parent=sections["DE"], country="DE", sector="I", title="Cook in Berlin")
    OpportunityPageFactory(parent=sections["DE"], country="DE", sector="H", title="Driver in Bremen")
    for number in range(2):
        make_alert(email=f"small{number}@example.org")
    digest.send_digests()  # warm the caches (site root paths)
    Alert.objects.update(last_sent_at=None)
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as small:
        assert digest.send_digests().sent == 2
    for number in range(10):
        make_alert(email=f"large{number}@example.org")
    Alert.objects.update(last_sent_at=None)
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as large:
        outcome = digest.send_digests()
    assert outcome.sent == 12 and outcome.groups == 1
    assert len(large) == len(small), [q["sql"] for q in large]
    assert len(small) <= 12
    assert all("Cook in Berlin" in m.body and "Driver" not in m.body for m in mail.outbox)


def test_batches_and_groups_each_alert_gets_its_own_search(sections):
    OpportunityPageFactory(parent=sections["DE"], country="DE", sector="I", title="Cook in Berlin")
    OpportunityPageFactory(parent=sections["IT"], country="IT", sector="H", title="Driver in Turin")
    for number in range(5):
        make_alert(email=f"de{number}@example.org")
    make_alert(email="it@example.org", filters="country=IT")
    make_alert(email="none@example.org", filters="country=ES")
    make_alert(email="fresh@example.org", confirmed_days=0)  # not due yet
    outcome = digest.send_digests(batch_size=2)
    assert (outcome.sent, outcome.due, outcome.groups, outcome.nothing_new) == (6, 7, 3, 1)
    bodies = {m.to[0]: m.body for m in mail.outbox}
    assert set(bodies) == {f"de{n}@example.org" for n in range(5)} | {"it@example.org"}
    assert "Driver in Turin" in bodies["it@example.org"] and "Cook" not in bodies["it@example.org"]
    assert digest.send_digests().sent == 0  # idempotent


def test_a_digest_lists_20_and_links_the_rest(sections):
    for number in range(22):
        OpportunityPageFactory(parent=sections["DE"], country="DE", sector="I", title=f"Placement {number:02d}")
    make_alert()
    digest.send_digests()
    (message,) = mail.outbox
    assert message.subject == "22 new opportunities for your search on VET Pathway"
    assert len(re.findall(r"^Placement \d\d$", message.body, flags=re.MULTILINE)) == 20
    assert "And 2 more new opportunities:" in message.body
    assert "/en/opportunities/?country=DE&sector=I&sort=newest" in message.body


def test_the_counts_hold_beyond_the_placements_described(sections, monkeypatch):
    monkeypatch.setattr(digest, "MAX_PER_GROUP", 21)  # the pages looked up; every new one is counted
    for number in range(25):
        OpportunityPageFactory(parent=sections["DE"], country="DE", sector="I", title=f"Placement {number:02d}")
    make_alert()
    digest.send_digests()
    (message,) = mail.outbox
    assert message.subject == "25 new opportunities for your search on VET Pathway"
    assert len(re.findall(r"^Placement \d\d$", message.body, flags=re.MULTILINE)) == 20
    assert "And 5 more new opportunities:" in message.body


def test_a_placement_published_before_confirmation_is_not_listed(sections):
    page = OpportunityPageFactory(parent=sections["DE"], country="DE", sector="I")
    make_alert(confirmed_days=1)
    type(page).objects.filter(pk=page.pk).update(source_first_published_at=timezone.now() - DAYS(3))
    assert digest.send_digests().sent == 0


def test_the_job_runs_from_run_scheduled():
    from home.management.commands.run_scheduled import jobs

    names = [name for name, _command, _arguments in jobs()]
    assert names[:3] == ["publish_scheduled", "send_alert_digests", "purge_alerts"]
    assert "Sent 0 alert digest(s)" in run("send_alert_digests")


# --- Retention ----------------------------------------------------------------------
def test_purge_deletes_unconfirmed_after_7_days_and_sends_keep_links_after_a_year(client, opportunity_index):
    old_unconfirmed = make_alert(email="u1@example.org", confirmed_days=None)
    Alert.objects.filter(pk=old_unconfirmed.pk).update(created_at=timezone.now() - DAYS(8))
    recent_unconfirmed = make_alert(email="u2@example.org", confirmed_days=None)
    year_old = make_alert(email="old@example.org", confirmed_days=366)
    current = make_alert(email="new@example.org", confirmed_days=30)

    output = run("purge_alerts")
    assert output.strip() == (
        "Deleted 1 unconfirmed alert(s) older than 7 days and 0 alert(s) not kept within 30 days of the keep-link; "
        "sent 1 keep-link(s)."
    )
    assert set(Alert.objects.values_list("pk", flat=True)) == {recent_unconfirmed.pk, year_old.pk, current.pk}
    (reminder,) = mail.outbox
    assert reminder.to == ["old@example.org"]
    assert reminder.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "sent 0 keep-link(s)" in run("purge_alerts")  # once only
    assert len(mail.outbox) == 1

    # The subscriber keeps it: GET shows the button, POST renews.
    path = re.search(r"https?://[^/\s]+(/\S+/keep/\S+/)", reminder.body).group(1)
    assert client.get(path).status_code == 200
    assert Alert.objects.get(pk=year_old.pk).reminded_at is not None
    assert client.post(path).status_code == 200
    kept = Alert.objects.get(pk=year_old.pk)
    assert kept.reminded_at is None and kept.renewed_at > timezone.now() - DAYS(1)

    # Another, not kept within 30 days of its keep-link: deleted.
    forgotten = make_alert(email="gone@example.org", confirmed_days=400, reminded_at=timezone.now() - DAYS(31))
    assert "0 alert(s) not kept" not in run("purge_alerts", "--dry-run")
    assert Alert.objects.filter(pk=forgotten.pk).exists()
    assert "and 1 alert(s) not kept within 30 days" in run("purge_alerts")
    assert not Alert.objects.filter(pk=forgotten.pk).exists()


def test_export_and_erase_by_address():
    mine = make_alert(email="Kim@Example.org")
    make_alert(email="kim@example.org", filters="country=IT", confirmed_days=None)
    other = make_alert(email="someone@example.org")
    data = json.loads(run("export_alerts", "kim@example.org"))
    assert data["email"] == "kim@example.org"
    assert [alert["filters"] for alert in data["opportunity_alerts"]] == ["country=DE&sector=I", "country=IT"]
    assert (
        data["opportunity_alerts"][0]["consent_text"] == "I agree." and data["opportunity_alerts"][0]["id"] == mine.pk
    )
    assert "key" not in data["opportunity_alerts"][0]

    assert run("erase_alerts", "kim@example.org", "--dry-run").strip() == "Would erase 2 alert(s) of kim@example.org."
    assert Alert.objects.count() == 3
    assert run("erase_alerts", " kim@example.org ").strip() == "Erased 2 alert(s) of kim@example.org."
    assert list(Alert.objects.values_list("pk", flat=True)) == [other.pk]
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Not an email address"):
        run("erase_alerts", "not-an-address")


def test_tokens_carry_no_address_or_id():
    alert = make_alert(email="secret@example.org")
    for token in (services.confirm_token(alert), services.unsubscribe_token(alert), services.keep_token(alert)):
        assert "secret" not in token and not token.startswith(f"{alert.pk}:")
    assert services.alert_for_unsubscribe_token(services.unsubscribe_token(alert)) == alert
    with pytest.raises(services.InvalidToken):
        services.alert_for_unsubscribe_token(services.confirm_token(alert))  # one salt per purpose
