"""VET Pathway benchmark: the site at 1k, 10k and 100k opportunities, side by side.

    python bench/run.py                 # sizes 1000 10000 100000
    python bench/run.py --quick         # 1000 and 10000, each row for 3 s instead of 10 (about 2 minutes a size once seeded)
    python bench/run.py --sizes 10000 --json var/bench.json

For each size it seeds (or reuses) a database with the bulk loader, starts two
gunicorn servers on loopback (page cache off, and on), and measures each
endpoint under a fixed small concurrency: p50, p95, requests per second and SQL
queries per request. Two reference rows are measured in the same run on the
same server: a static file served by WhiteNoise (the ceiling: measured first and again
after the other rows, the better of the two) and a plain
Wagtail page (the floor any page pays). Every throughput is also given as a
ratio to the static file's, so that runs compare across machines.

SQLite by default (files var/bench-<size>.sqlite3, reused between runs); with
DATABASE_URL pointing at PostgreSQL, a database per size (<name>_<size>).
"""

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadgen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SETTINGS = "pathway.settings.bench"


def database_url(size):
    base = os.environ.get("DATABASE_URL", "")
    if base.startswith("postgres"):
        parts = urlsplit(base)
        return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}_{size}"))
    return f"sqlite:///{ROOT / 'var' / f'bench-{size}.sqlite3'}"


def environment(size, page_cache=0):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=database_url(size),
        PAGE_CACHE_SECONDS=str(page_cache),
        PYTHONPATH=str(ROOT / "site"),
    )
    return env


def manage(size, *args):
    subprocess.run([PYTHON, str(ROOT / "manage.py"), *args], env=environment(size), cwd=ROOT, check=True)


def ensure_postgres_database(size):
    url = database_url(size)
    if not url.startswith("postgres"):
        return
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def probe(size, action):
    """Run bench/probe.py inside Django against this size's database; returns its stdout."""
    command = [PYTHON, str(ROOT / "bench" / "probe.py"), action]
    return subprocess.run(command, env=environment(size), cwd=ROOT, check=True, text=True, capture_output=True).stdout


def seed(size):
    """Migrate and bulk-load ``size`` opportunities, unless that database already has them."""
    (ROOT / "var").mkdir(exist_ok=True)
    ensure_postgres_database(size)
    manage(size, "migrate", "--no-input", "-v", "0")
    have = int(probe(size, "count").strip() or 0)
    if have < size:
        print(f"Seeding {size - have} opportunities into {database_url(size)} ...", flush=True)
        manage(size, "load_bench_opportunities", "--count", str(size - have))
    probe(size, "reference-pages")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(size, page_cache):
    port = free_port()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "--pythonpath",
            str(ROOT / "site"),
            "pathway.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--worker-class",
            "gthread",
            "--preload",  # the app is imported and warmed (pathway/warmup.py) once, before the workers start
            "--log-level",
            "error",
        ],
        env=environment(size, page_cache),
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # until a worker answers, not only the listening socket
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    pass
                if loadgen.run("ready", base, [("GET", "/health/", None, {})], total=4, concurrency=2).errors == 0:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:  # a worker still busy with a slow request
            process.kill()
            process.wait(timeout=20)


def endpoints(info):
    """[(name, requests)], requests as (method, path, body, headers). ``info`` comes from probe.py info."""
    get = lambda path: ("GET", path, None, {})  # noqa: E731
    rows = [
        ("static file (WhiteNoise): ceiling", [get(info["static"])]),
        ("plain Wagtail page: floor", [get(info["plain_page"])]),
        ("listing ?country=DE&sector=I", [get("/en/opportunities/?country=DE&sector=I")]),
        ("listing, 3 filters + page 2", [get("/en/opportunities/?country=DE&country=ES&support=local_buddy&page=2")]),
        ("opportunity detail", [get(path) for path in info["details"]]),
        ("API /api/v2/opportunities/", [get("/api/v2/opportunities/?country=IT&sector=I")]),
        ("search ?q=cook", [get("/en/search/?q=cook")]),
        ("statistics page, uncached", [get("/en/statistics/")]),
    ]
    if info.get("match_api"):
        body = json.dumps(
            {
                "destination_countries": ["DE", "ES"],
                "sectors": ["I"],
                "languages": ["en:B1"],
                "age": 19,
                "max_weeks": 12,
                "support_needs": ["accompanying_person"],
                "eqf_level": 3,
            }
        )
        rows.append(("matching (whole request)", [("POST", "/api/match/", body, {"Content-Type": "application/json"})]))
    if info.get("passport_pdf"):
        rows.append(("passport PDF, cold", [get(f"/en/passport/pdf/?opportunity={pk}") for pk in info["pdf_cold_ids"]]))
        rows.append(("passport PDF, cached", [get(f"/en/passport/pdf/?opportunity={info['pdf_cold_ids'][0]}")]))
    return rows


STATS_ALONE = "statistics page, uncached, one at a time"


STATIC_AGAIN = "static file, again after the rows above"


def static_again(base, info, window):
    requests = [("GET", info["static"], None, {})]
    result = loadgen.run(STATIC_AGAIN, base, requests, total=None, concurrency=4, max_seconds=window, min_requests=8)
    return {**result.as_dict(), "queries": 0}


def measure(size, quick):
    """Each row for a fixed window of time (at least a few requests), after warming it up.

    A fixed window, not a fixed count: 60 static files take 30 ms, far too short a window for the
    throughput every ratio divides by, and one slow request then weighs on a whole row. The cold
    PDF row sends each of its passports once (a second request would find it cached).
    """
    seed(size)
    info = json.loads(probe(size, "info"))
    queries = json.loads(probe(size, "queries"))
    window = 3 if quick else 10  # seconds per row
    rows = []
    with gunicorn(size, page_cache=0) as base:
        for name, requests in endpoints(info):
            loadgen.run(name, base, requests, total=8, concurrency=4)  # warm up
            if "PDF, cold" in name:
                probe(size, "clear-cache")
                result = loadgen.run(name, base, requests, total=len(requests), concurrency=4, max_seconds=60)
            else:
                result = loadgen.run(
                    name, base, requests, total=None, concurrency=4, max_seconds=window, min_requests=8
                )
            row = result.as_dict()
            row["queries"] = queries.get(name)
            rows.append(row)
        # One request at a time: with the page cache on, one worker computes a missing page while the
        # others asking for it wait (the stampede lock), so this is what a reader waits for after a
        # publication; the row above is four computations at once on the same cores.
        stats = [("GET", "/en/statistics/", None, {})]
        result = loadgen.run(STATS_ALONE, base, stats, total=12 if quick else 30, concurrency=1, max_seconds=60)
        rows.append({**result.as_dict(), "queries": queries.get("statistics page, uncached")})
        rows.append(static_again(base, info, window))
    cached = [
        ("cached anonymous page (listing), warmed", "/en/opportunities/?country=DE"),
        ("statistics page, cached, warmed", "/en/statistics/"),
    ]
    with gunicorn(size, page_cache=60) as base:
        for name, path in cached:
            requests = [("GET", path, None, {})]
            # Warmed: the first render fills the cache (local memory is per worker, so four at once).
            loadgen.run(name, base, requests, total=16, concurrency=4)
            row = loadgen.run(name, base, requests, total=None, concurrency=4, max_seconds=window).as_dict()
            row["queries"] = 0
            rows.append(row)
    # The ceiling is the static file's best window in the run: the same file measured first and
    # last can differ by half on a shared 2-core machine, and a slow window
    # in the denominator would flatter every ratio.
    ceiling = max(row["rps"] for row in rows if row["name"].startswith("static file")) or 1
    for row in rows:
        row["ratio_to_static"] = round(row["rps"] / ceiling, 3)
    return rows


def engine_figures(size):
    try:
        return json.loads(probe(size, "engine"))
    except subprocess.CalledProcessError:
        return None


# The speed issue's goals (and the search and statistics issues' cost lines), per size: (row, what,
# limit). "ratio" is throughput as a share of the static file's in the same run (at least), "p50"/"p95"
# are milliseconds and "queries" SQL queries per request (at most). Sizes not listed have no goals.
_PAGE_GOALS = [
    ("plain Wagtail page: floor", "ratio", 0.10),
    ("opportunity detail", "ratio", 0.08),
    ("opportunity detail", "queries", 10),
    ("listing ?country=DE&sector=I", "queries", 10),
    ("listing, 3 filters + page 2", "queries", 10),
    ("search ?q=cook", "p95", 300),
    ("matching (whole request)", "p95", 150),
    ("passport PDF, cold", "p50", 600),
    (STATS_ALONE, "p95", 2000),
    ("statistics page, cached, warmed", "p95", 100),
    ("cached anonymous page (listing), warmed", "ratio", 0.5),
]
GOALS = {
    10_000: [
        *_PAGE_GOALS,
        ("listing ?country=DE&sector=I", "ratio", 0.06),
        ("listing, 3 filters + page 2", "ratio", 0.04),
        ("search ?q=cook", "ratio", 0.04),
        ("cached anonymous page (listing), warmed", "p95", 10),
    ],
    100_000: [
        *_PAGE_GOALS,
        ("listing ?country=DE&sector=I", "ratio", 0.05),
        ("listing, 3 filters + page 2", "ratio", 0.03),
    ],
}
_FIELDS = {
    "ratio": ("ratio_to_static", ">="),
    "p50": ("p50_ms", "<="),
    "p95": ("p95_ms", "<="),
    "queries": ("queries", "<="),
}


def check_goals(results):
    """[(size, row, what, limit, figure, met)] for every goal of a measured size."""
    checks = []
    for size, rows in results.items():
        by_name = {row["name"]: row for row in rows}
        for name, what, limit in GOALS.get(size, []):
            row = by_name.get(name)
            if row is None:  # a row this database cannot measure (no PDF library, no matching)
                continue
            key, op = _FIELDS[what]
            figure = row.get(key)
            met = figure is not None and not row.get("errors") and (figure >= limit if op == ">=" else figure <= limit)
            checks.append((size, name, what, limit, figure, met))
    return checks


def goals_markdown(checks):
    lines = ["| size | row | goal | measured | |", "| --- | --- | --- | --- | --- |"]
    for size, name, what, limit, figure, met in checks:
        op = _FIELDS[what][1].replace(">=", "≥").replace("<=", "≤")
        lines.append(f"| {size:,} | {name} | {what} {op} {limit} | {figure} | {'met' if met else '**missed**'} |")
    return "\n".join(lines)


def markdown(results):
    sizes = list(results)
    names = [row["name"] for row in results[sizes[0]]]
    lines = [
        "| endpoint | " + " | ".join(f"{s:,}: p50 / p95 ms, req/s (x static), queries" for s in sizes) + " |",
        "| --- | " + " | ".join("---" for _ in sizes) + " |",
    ]
    for name in names:
        cells = []
        for size in sizes:
            row = next(r for r in results[size] if r["name"] == name)
            cells.append(
                f"{row['p50_ms']} / {row['p95_ms']}, {row['rps']} ({row['ratio_to_static']}), "
                f"{row['queries'] if row['queries'] is not None else '-'}"
                + (f", {row['errors']} errors" if row["errors"] else "")
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine():
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "database": "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite",
        "cache": "Redis" if os.environ.get("REDIS_URL") else "local memory (per process)",
        "server": "gunicorn 2 workers x 4 threads (gthread), keep-alive client, concurrency 4",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", default=str(ROOT / "var" / "bench.json"))
    parser.add_argument(
        "--report-only", action="store_true", help="Exit 0 even when a goal is missed (the table still says so)."
    )
    args = parser.parse_args()
    sizes = args.sizes or ([1_000, 10_000] if args.quick else [1_000, 10_000, 100_000])
    started = time.monotonic()
    manage(sizes[0], "collectstatic", "--no-input", "-v", "0")  # the static reference row
    results, engines = {}, {}
    for size in sizes:
        print(f"== {size:,} opportunities", flush=True)
        results[size] = measure(size, args.quick)
        engines[size] = engine_figures(size)
        print(markdown({size: results[size]}), flush=True)  # each size as soon as it is measured
    checks = check_goals(results)
    report = {
        "machine": machine(),
        "results": results,
        "engine": engines,
        "goals": [dict(zip(("size", "row", "what", "limit", "figure", "met"), check, strict=True)) for check in checks],
        "seconds": round(time.monotonic() - started),
    }
    print()
    print("Machine: " + ", ".join(f"{k}: {v}" for k, v in report["machine"].items()))
    print()
    print(markdown(results))
    if any(engines.values()):
        print()
        print("Matching engine alone (in-process): " + json.dumps(engines))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=2))
    print(f"\nJSON written to {args.json} ({report['seconds']} s)")
    if checks:
        missed = [check for check in checks if not check[-1]]
        print(f"\nGoals: {len(checks) - len(missed)} of {len(checks)} met\n")
        print(goals_markdown(checks))
        if missed and report["machine"]["database"] != "PostgreSQL":
            print("\nSQLite rows are reported, not gated: the goals are PostgreSQL's.")
        elif missed and not args.report_only:
            sys.exit(1)


if __name__ == "__main__":
    main()
