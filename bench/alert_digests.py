"""Time one run of the email alerts' digest job (``send_alert_digests``) at scale, on a throwaway SQLite database.

    .venv/bin/python bench/alert_digests.py [--placements 10000] [--alerts 10000] [--groups 200]
                                            [--new-share 0.02] [--batch-size 200]

Builds ``var/bench-alerts.sqlite3`` afresh (migrate, locales, home page, the listing and its
country sections in English), loads M placements with the benchmark's bulk loader
(``bench.bulk.load``, as ``manage.py load_bench_opportunities`` does; no search index: the
alerts' searches here have no words), all first published a month ago but a share
(``--new-share``) published during the last six days. Then N confirmed alerts, all due (half
daily, last digest a day ago; half weekly, a week ago), spread over ``--groups`` distinct
searches (country, sector and support combinations, stored normalised as the form stores them).

Times one ``send_digests()`` run (the command's function; emails rendered and handed to the
locmem backend through the immediate task backend, as in development) with its SQL queries
counted, then a second run at once (idempotent: nothing is due, nothing is sent). Not a test.

Every alert is in English: the bulk loader fills one language. Alerts in L languages make up to
L times as many (language, search) groups, each looked up once.
"""

import argparse
import datetime
import itertools
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = ROOT / "var" / "bench-alerts.sqlite3"


def searches(rng, count, countries, sectors, supports):
    """``count`` distinct searches: each a country, a sector and/or a support (one to three facets)."""
    combos = []
    for country, sector, support in itertools.product([None, *countries], [None, *sectors], [None, *supports]):
        if country or sector or support:
            combos.append((country, sector, support))
    rng.shuffle(combos)
    # The commonest searches first: a country and a sector, then country alone, sector alone ...
    combos.sort(key=lambda combo: (combo[0] is None) + (combo[1] is None) * 2 + (combo[2] is not None))
    picked = combos[:count]
    rng.shuffle(picked)
    queries = []
    for country, sector, support in picked:
        parts = [f"country={country}" if country else "", f"sector={sector}" if sector else ""]
        parts.append(f"support={support}" if support else "")
        queries.append("&".join(part for part in parts if part))
    return queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--placements", type=int, default=10_000, help="placements loaded (M)")
    parser.add_argument("--alerts", type=int, default=10_000, help="confirmed, due alerts (N)")
    parser.add_argument("--groups", type=int, default=200, help="distinct searches the alerts share")
    parser.add_argument("--new-share", type=float, default=0.02, help="share of placements new since the last digest")
    parser.add_argument("--batch-size", type=int, default=None, help="alerts per transaction (default: the job's)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ["DJANGO_SETTINGS_MODULE"] = "pathway.settings.bench"
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    DATABASE.parent.mkdir(exist_ok=True)
    for leftover in (DATABASE, DATABASE.with_name(DATABASE.name + "-journal")):
        leftover.unlink(missing_ok=True)

    import django

    django.setup()
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    from django.core import mail
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from wagtail.models import Locale

    from bench import bulk
    from home import vocabularies as vocab
    from home.locales import sync_locales
    from opportunities.alerts import digest, services
    from opportunities.alerts.models import Alert
    from opportunities.models import CountrySectionPage, OpportunityPage
    from opportunities.sections import setup

    rng = random.Random(args.seed)
    started = time.monotonic()
    call_command("migrate", verbosity=0)
    sync_locales()
    bulk.ensure_home_page()
    setup(log=lambda message: None, languages=[])
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    print(f"database ready in {time.monotonic() - started:.1f} s ({DATABASE})")

    started = time.monotonic()
    bulk.load(args.placements, locale, seed=args.seed, log=lambda message: None, index=False)
    loaded = time.monotonic() - started
    print(f"{args.placements} placements bulk-loaded in {loaded:.1f} s")

    # When each placement was first published: a month ago, or (the new ones) during the last six days.
    now = timezone.now()
    placements = OpportunityPage.objects.filter(locale=locale)
    placements.update(
        source_first_published_at=now - datetime.timedelta(days=30),
        first_published_at=now - datetime.timedelta(days=30),
    )
    pks = sorted(placements.values_list("pk", flat=True))
    new_pks = rng.sample(pks, round(len(pks) * args.new_share))
    for pk in new_pks:
        published = now - datetime.timedelta(seconds=rng.randint(60, 6 * 24 * 3600))
        OpportunityPage.objects.filter(pk=pk).update(source_first_published_at=published, first_published_at=published)

    # The alerts: N addresses over the distinct searches, the first searches the most followed.
    countries = list(CountrySectionPage.objects.filter(locale=locale).values_list("country", flat=True))
    sectors = sorted({job[1] for job in bulk.JOBS})
    supports = vocab.codes(vocab.SUPPORT)
    queries = [services.normalise_filters(query) for query in searches(rng, args.groups, countries, sectors, supports)]
    weights = [1 / (rank + 1) for rank in range(len(queries))]  # Zipf-like: a few popular searches
    chosen = queries[:] + rng.choices(queries, weights=weights, k=max(0, args.alerts - len(queries)))
    chosen = chosen[: args.alerts]
    consent = services.consent_text("en")
    alerts = []
    for number, filters in enumerate(chosen):
        daily = number % 2 == 0
        last = now - (datetime.timedelta(days=1, hours=1) if daily else datetime.timedelta(days=7, hours=1))
        alerts.append(
            Alert(
                email=f"subscriber{number}@example.org",
                filters=filters,
                language="en",
                frequency=Alert.Frequency.DAILY if daily else Alert.Frequency.WEEKLY,
                consent_text=consent,
                consent_version=settings.PATHWAY_CONSENT_VERSION,
                consented_at=now - datetime.timedelta(days=60),
                confirmed_at=now - datetime.timedelta(days=60),
                renewed_at=now - datetime.timedelta(days=60),
                last_sent_at=last,
            )
        )
    Alert.objects.bulk_create(alerts, batch_size=1000)
    due = Alert.objects.due().count()
    groups = Alert.objects.due().values("language", "filters").distinct().count()

    options = {} if args.batch_size is None else {"batch_size": args.batch_size}
    mail.outbox = []
    with CaptureQueriesContext(connection) as queries_first:
        started = time.monotonic()
        outcome = digest.send_digests(**options)
        first = time.monotonic() - started
    sent = len(mail.outbox)
    mail.outbox = []
    with CaptureQueriesContext(connection) as queries_second:
        started = time.monotonic()
        again = digest.send_digests(**options)
        second = time.monotonic() - started

    print()
    print(f"alerts (confirmed, due):     {due:>8}  ({len(alerts)} stored)")
    print(f"distinct filter groups:      {groups:>8}")
    print(f"placements:                  {len(pks):>8}  ({len(new_pks)} new in the last 6 days)")
    print(f"emails sent:                 {sent:>8}  (outcome: sent {outcome.sent}, nothing new {outcome.nothing_new},")
    print(f"                                       failed {outcome.failed}, groups {outcome.groups})")
    print(f"first run:                   {first:>8.2f} s  ({first / max(sent, 1) * 1000:.1f} ms an email)")
    print(f"queries (first run):         {len(queries_first):>8}")
    print(f"second run (idempotent):     {second:>8.2f} s, {len(queries_second)} queries, {len(mail.outbox)} emails")
    print(f"                                       (due {again.due}, sent {again.sent})")
    assert len(mail.outbox) == 0 and again.sent == 0, "the second run sent digests again"
    assert outcome.sent == sent


if __name__ == "__main__":
    main()
