"""Matching benchmark: prints figures, asserts nothing (run by ``manage.py bench_matching``).

Load a database first, in its own file or PostgreSQL database, with the bench settings
(they install this app), e.g.::

    export DJANGO_SETTINGS_MODULE=pathway.settings.bench
    export DATABASE_URL=sqlite:////work/main/var/bench-10k.sqlite3
    .venv/bin/python manage.py migrate
    .venv/bin/python manage.py load_bench_opportunities --count 10000 --no-index
    .venv/bin/python manage.py bench_matching

For a seeded set of varied profiles (plus the issue's example trainee) it
measures, each as p50 / p95 / max:

- ``sql``      candidate selection alone (``query.select``: main + near-miss queries);
- ``engine``   the pure engine alone on those candidates (``engine.rank``);
- ``api``      the whole ``POST /api/match/`` through Django's test Client;
- ``html``     the whole ``POST /<lang>/match/`` (form, results page rendered);

then peak Python memory (tracemalloc) of one API request and of one engine run,
and, for scale, the engine on *every* open entry (what the SQL pre-score saves).
"""

import datetime
import json
import random
import statistics
import time
import tracemalloc

from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from home import vocabularies as vocab
from opportunities.matching import engine, query
from opportunities.matching.index import CANDIDATE_FIELDS, candidate_from_row
from opportunities.matching.models import MatchEntry

from .bulk import JOBS

HOSTS = ["DE", "ES", "IT", "PL", "FR", "IE"]
EXAMPLE = {
    "age": 19,
    "languages": ["en:B1"],
    "support_needs": ["accompanying_person"],
    "sectors": ["I"],
    "destination_countries": ["DE", "ES"],
    "max_weeks": 12,
}


def profiles(count, seed=1):
    """``count`` varied request bodies (the issue's example first), deterministic for a seed."""
    rng = random.Random(seed)
    sectors = sorted({sector for _job, sector, *_facts in JOBS})
    words = sorted({word for job, *_facts in JOBS for word in engine.keyword_terms(job)})
    supports = vocab.codes(vocab.SUPPORT)
    today = timezone.localdate()
    bodies = [dict(EXAMPLE)]
    while len(bodies) < count:
        body = {}
        if rng.random() < 0.8:
            body["destination_countries"] = rng.sample(HOSTS, rng.randint(1, 2))
        if rng.random() < 0.8:
            body["sectors"] = rng.sample(sectors, rng.randint(1, 2))
        if rng.random() < 0.5:
            body["keywords"] = " ".join(rng.sample(words, rng.randint(1, 3)))
        if rng.random() < 0.6:
            body["eqf_level"] = rng.randint(2, 5)
        if rng.random() < 0.9:
            body["languages"] = [
                f"{code}:{rng.choice(['A2', 'B1', 'B2'])}"
                for code in rng.sample(["en", "de", "es", "it", "fr", "pl"], rng.randint(1, 2))
            ]
        if rng.random() < 0.6:
            body["available_from"] = (today + datetime.timedelta(days=rng.randint(0, 150))).isoformat()
        if rng.random() < 0.7:
            body["max_weeks"] = rng.choice([4, 8, 12, 26])
        if rng.random() < 0.8:
            body["age"] = rng.randint(16, 29)
        if rng.random() < 0.7:
            body["support_needs"] = rng.sample(supports, rng.randint(1, 2))
        bodies.append(body)
    return bodies


def _profile(body):
    from django.http import QueryDict

    from opportunities.matching.forms import MatchForm

    data = QueryDict(mutable=True)
    for key, value in body.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = str(value)
    form = MatchForm(data)
    if not form.is_valid():  # pragma: no cover - the generator makes valid bodies
        raise ValueError(form.errors.as_json())
    return form.profile()


def _form_data(body):
    data = {}
    for key, value in body.items():
        data[key] = value if isinstance(value, list) else str(value)
    return data


def _stats(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"p50 {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   max {ordered[-1] * 1000:7.1f} ms"
    )


def run(runs=200, language=None, seed=1, log=print):
    settings.DEBUG = False  # no query log in memory
    language = language or settings.LANGUAGE_CODE
    locale = Locale.objects.get(language_code=language)
    entries = MatchEntry.objects.filter(locale=locale).count()
    today = timezone.localdate()
    open_entries = MatchEntry.objects.filter(locale=locale, application_deadline__gte=today).count()
    if not entries:
        log("No match entries: load opportunities with `manage.py load_bench_opportunities --count N` first.")
        return None
    log(
        f"Database: {connection.vendor} ({settings.DATABASES['default']['NAME']}); locale {language}: "
        f"{entries} entries, {open_entries} open; {runs} profiles, seed {seed}"
    )
    bodies = profiles(runs, seed)
    client = Client(HTTP_HOST="localhost")
    figures = {"sql": [], "engine": [], "api": [], "html": []}
    scored = []
    exact = 0

    # Warm-up: connections, caches, template loading.
    for number, body in enumerate(bodies[:5]):
        client.post("/api/match/", json.dumps(body), content_type="application/json", REMOTE_ADDR=f"10.9.0.{number}")
        client.post(f"/{language}/match/", _form_data(body), REMOTE_ADDR=f"10.9.1.{number}")

    for number, body in enumerate(bodies):
        profile = _profile(body)
        started = time.perf_counter()
        selection = query.select(profile, locale, today)
        figures["sql"].append(time.perf_counter() - started)
        started = time.perf_counter()
        outcome = engine.rank(profile, selection.candidates, today)
        figures["engine"].append(time.perf_counter() - started)
        scored.append(len(selection.candidates))
        exact += query.is_exact(selection, outcome, 20)

        address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
        started = time.perf_counter()
        response = client.post("/api/match/", json.dumps(body), content_type="application/json", REMOTE_ADDR=address)
        figures["api"].append(time.perf_counter() - started)
        assert response.status_code == 200, response.content[:300]
        started = time.perf_counter()
        response = client.post(
            f"/{language}/match/", _form_data(body), REMOTE_ADDR="172.16." + address[3:].split(".", 1)[1]
        )
        figures["html"].append(time.perf_counter() - started)
        assert response.status_code == 200

    for name, samples in figures.items():
        log(f"  {name:<7} {_stats(samples)}")
    log(
        f"  candidates scored per request: median {statistics.median(scored):.0f}, max {max(scored)}; "
        f"ranking provably exact in {exact} of {runs}"
    )

    # Peak memory of one request and of one engine run (the example profile).
    tracemalloc.start()
    client.post("/api/match/", json.dumps(EXAMPLE), content_type="application/json", REMOTE_ADDR="10.250.0.1")
    request_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    profile = _profile(EXAMPLE)
    selection = query.select(profile, locale, today)
    baseline = tracemalloc.get_traced_memory()[0]
    engine.rank(profile, selection.candidates, today)
    engine_peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    log(f"  peak memory: one API request {request_peak / 1024:.0f} KiB; engine alone {engine_peak / 1024:.0f} KiB")

    # For scale: the engine on every open entry, without the SQL pre-selection.
    started = time.perf_counter()
    everything = [
        candidate_from_row(row)
        for row in MatchEntry.objects.filter(locale=locale, application_deadline__gte=today).values(*CANDIDATE_FIELDS)
    ]
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    engine.rank(profile, everything, today)
    ranked = time.perf_counter() - started
    tracemalloc.start()
    engine.rank(profile, everything, today)
    full_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    log(
        f"  without pre-selection: loading {len(everything)} candidates {loaded * 1000:.0f} ms, "
        f"ranking them {ranked * 1000:.0f} ms, engine peak {full_peak / 1024 / 1024:.1f} MiB"
    )
    return figures
