"""Lighthouse on the main page types, in English and German, against a served site (`make lighthouse`).

    python bench/lighthouse.py                          # http://127.0.0.1:8000 (`make serve`)
    python bench/lighthouse.py http://127.0.0.1:8010 --runs 1

Runs Lighthouse 12.2.3 (ops/lighthouse, `npm ci --prefix ops/lighthouse`) with Debian's Chromium,
mobile emulation (Lighthouse's default), 3 times per page; takes the median of each category;
prints a Markdown table and writes var/lighthouse.json, with the audits that cost points in every
category below its threshold. Exits 1 when a median falls below its threshold. One audit is left
out of one page's score on purpose (SKIPPED_AUDITS: the search results are noindex by design).

The pages are found on the site itself, not hard-coded: the English ones from the home page's
links and the listings' first entries, the German ones from each English page's language
switcher (``<a hreflang="de">``).
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "ops" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
THRESHOLDS = {"performance": 0.90, "accessibility": 0.95, "best-practices": 0.95, "seo": 0.95}
SEARCH_QUERY = {"en": "hotel", "de": "Hotel"}
# Audits left out of a page's score on purpose, with the reason (shown in the table and the JSON).
SKIPPED_AUDITS = {
    "search": {
        "is-crawlable": "search results are kept out of search engines on purpose "
        "(<meta name=robots content=noindex>, robots.txt Disallow: /*/search/)",
    },
}


class Links(HTMLParser):
    """The page's ``<a href>`` (in order) and its translations (the language switcher's ``<a hreflang>``)."""

    def __init__(self):
        super().__init__()
        self.hrefs, self.alternates = [], {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
            if attrs.get("hreflang"):
                self.alternates.setdefault(attrs["hreflang"], attrs["href"])


def links(url):
    with urlopen(url, timeout=30) as response:  # noqa: S310 - the served site, http on loopback
        parser = Links()
        parser.feed(response.read().decode("utf-8"))
    parser.hrefs = [urlsplit(urljoin(url, href)).path for href in parser.hrefs]
    return parser


def first(paths, pattern, what):
    for path in paths:
        if re.fullmatch(pattern, path):
            return path
    raise SystemExit(f"No link to {what} ({pattern}) found.")


def discover(base):
    """``[(page type, {language: path})]``: the main page types in English and German."""
    home = links(f"{base}/en/").hrefs
    listing = "/en/opportunities/"
    organisations = first(home, r"/en/(?:enterprises|organisations)/", "the organisation listing")
    guidelines = first(home, r"/en/[\w-]*guidelines?/", "the guidelines")
    english = [
        ("home", "/en/"),
        ("opportunity listing", listing),
        ("opportunity", first(links(base + listing).hrefs, r"/en/opportunities/[\w-]+/[\w-]+/", "a placement")),
        ("organisation listing", organisations),
        ("guideline", first(links(base + guidelines).hrefs, re.escape(guidelines) + r"(?:[\w-]+/)+", "a guideline")),
        ("matching", "/en/match/"),
        ("search", f"/en/search/?q={SEARCH_QUERY['en']}"),
        ("statistics", "/en/statistics/"),
    ]
    pages = []
    for name, path in english:
        if name == "search":
            german = f"/de/search/?q={SEARCH_QUERY['de']}"
        else:
            alternate = links(base + path).alternates.get("de")
            if not alternate:
                raise SystemExit(f"{path} has no link to its German version (<a hreflang=de>).")
            german = urlsplit(alternate).path
        pages.append((name, {"en": path, "de": german}))
    return pages


ATTEMPTS = 4  # a run that fails to record its trace (NO_NAVSTART and the like) is tried again


def lighthouse(url, skip=()):
    """One Lighthouse run: its JSON report (as a dict). Lighthouse's own failures to record a page
    load (an error, not a score) are tried again up to ATTEMPTS times; a score is never retried."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return lighthouse_once(url, skip)
        except RuntimeError as error:
            if attempt == ATTEMPTS:
                raise
            print(f"  {error} (attempt {attempt} of {ATTEMPTS}; trying again)", file=sys.stderr, flush=True)


def lighthouse_once(url, skip=()):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox",
    ]
    if skip:
        command.append(f"--skip-audits={','.join(skip)}")
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"Lighthouse failed on {url}: {done.stderr.strip()[-2000:]}")
    report = json.loads(done.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not load {url}: {report['runtimeError']}")
    return report


def lost_points(report, category):
    """The audits of ``category`` that did not pass in ``report``: id, title, score, what was measured."""
    audits = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if audit.get("score") is None or audit["score"] >= 0.9:
            continue  # not applicable, informative, manual, or passed
        audits.append(
            {
                "id": audit["id"],
                "title": audit["title"],
                "score": audit["score"],
                "weight": ref.get("weight", 0),
                "display_value": audit.get("displayValue", ""),
            }
        )
    return sorted(audits, key=lambda audit: -audit["weight"])


def measure(base, name, language, path, runs):
    url = base + path
    skipped = SKIPPED_AUDITS.get(name, {})
    with urlopen(url, timeout=60) as response:  # noqa: S310 - warm the server: the first render is not measured
        response.read()
    reports = []
    for _ in range(runs):
        report = lighthouse(url, skip=skipped)
        # a category Lighthouse could not score (null) counts as 0
        reports.append({category: report["categories"][category]["score"] or 0 for category in CATEGORIES})
        reports[-1]["report"] = report
    medians = {category: statistics.median(run[category] for run in reports) for category in CATEGORIES}
    failing = {}
    for category in CATEGORIES:
        if medians[category] < THRESHOLDS[category]:
            # the audits of the run closest to the median
            closest = min(reports, key=lambda run: abs(run[category] - medians[category]))
            failing[category] = lost_points(closest["report"], category)
    return {
        "page": name,
        "language": language,
        "url": url,
        "runs": [{category: run[category] for category in CATEGORIES} for run in reports],
        "median": medians,
        "passed": not failing,
        "failing_audits": failing,
        "skipped_audits": skipped,
    }


def table(results):
    lines = [
        "| page | language | performance | accessibility | best practices | SEO | result |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for result in results:
        scores = " | ".join(f"{result['median'][category]:.2f}" for category in CATEGORIES)
        verdict = "pass" if result["passed"] else "**fail**: " + ", ".join(result["failing_audits"])
        if result["skipped_audits"]:
            verdict += f" (not scored: {', '.join(result['skipped_audits'])}, see below)"
        lines.append(f"| {result['page']} | {result['language']} | {scores} | {verdict} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000", help="the served site")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (the median counts)")
    parser.add_argument("--json", default=str(ROOT / "var" / "lighthouse.json"), help="where to write the results")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: npm ci --prefix ops/lighthouse --ignore-scripts")

    started = time.monotonic()
    results = []
    for name, paths in discover(base):
        for language, path in paths.items():
            result = measure(base, name, language, path, args.runs)
            print(f"{name} ({language}) {path}: {result['median']}", file=sys.stderr, flush=True)
            results.append(result)
    seconds = round(time.monotonic() - started)

    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    summary = {"base": base, "runs": args.runs, "thresholds": THRESHOLDS, "seconds": seconds, "pages": results}
    Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    print(table(results))
    print(f"\n{len(results)} pages x {args.runs} runs in {seconds} s; details in {args.json}")
    for name, audits in SKIPPED_AUDITS.items():
        for audit, reason in audits.items():
            print(f"Not scored on {name}: {audit}, because {reason}.")
    for result in results:
        for category, audits in result["failing_audits"].items():
            print(f"\n{result['page']} ({result['language']}) {category} {result['median'][category]:.2f}:")
            for audit in audits:
                print(f"  - {audit['id']}: {audit['title']} {audit['display_value']}".rstrip())
    return 0 if all(result["passed"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
