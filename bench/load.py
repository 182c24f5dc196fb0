"""Load test: simulated visitors browse the site for a fixed time; 0 errors is the bar.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pathway REDIS_URL=redis://127.0.0.1:6379/2 \\
        python bench/load.py --visitors 8 --seconds 60

Seeds (or reuses) a database of 1,000 opportunities, starts gunicorn with the
page cache on (Redis when REDIS_URL is set), then each visitor walks a fixed
journey on loopback: the listing with filters, an opportunity, a search, the
matching API and the passport page (and its PDF when the passport exists). It
prints throughput, p50, p95 and the errors per step and in all.
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadgen  # noqa: E402
import run  # noqa: E402

SIZE = 1_000


def journey(info):
    get = lambda path: ("GET", path, None, {})  # noqa: E731
    steps = [
        ("listing", get("/en/opportunities/?country=DE")),
        ("listing, filtered", get("/de/opportunities/?sector=I&support=accompanying_person")),
        ("opportunity", get(info["details"][0])),
        ("opportunity", get(info["details"][1])),
        ("search", get("/en/search/?q=kitchen")),
        ("API", get("/api/v2/opportunities/?country=ES")),
    ]
    if info.get("match_api"):
        body = json.dumps({"destination_countries": ["DE"], "sectors": ["I"], "age": 19, "languages": ["en:B1"]})
        steps.append(("matching", ("POST", "/api/match/", body, {"Content-Type": "application/json"})))
    if info.get("passport_pdf"):
        steps.append(("passport PDF", get(f"/en/passport/pdf/?opportunity={info['pdf_cold_ids'][0]}")))
    return steps


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visitors", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    run.manage(SIZE, "collectstatic", "--no-input", "-v", "0")
    run.seed(SIZE)
    info = json.loads(run.probe(SIZE, "info"))
    steps = journey(info)
    requests = [request for _name, request in steps]
    started = time.monotonic()
    with run.gunicorn(SIZE, page_cache=30) as base:
        result = loadgen.run(
            "all steps", base, requests, total=10**9, concurrency=args.visitors, max_seconds=args.seconds
        )
    print(
        f"Load test: {args.visitors} visitors for {args.seconds:.0f} s on {run.machine()['database']}, "
        f"cache {run.machine()['cache']}"
    )
    print(f"steps per visit: {', '.join(name for name, _ in steps)}")
    figures = result.as_dict()
    print(
        f"requests {figures['requests'] + figures['errors']}, errors {figures['errors']}, "
        f"throughput {figures['rps']} req/s, p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, "
        f"statuses {figures['statuses']} ({time.monotonic() - started:.0f} s in all)"
    )
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
