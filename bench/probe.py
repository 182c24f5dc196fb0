"""Runs inside Django against one benchmark database (called by bench/run.py).

probe.py count | reference-pages | info | queries | clear-cache | engine
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT), str(ROOT / "bench")]

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import NoReverseMatch, resolve  # noqa: E402
from django.urls.exceptions import Resolver404  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models import ContentPage, HomePage  # noqa: E402
from opportunities.models import OpportunityPage  # noqa: E402

PLAIN_SLUG = "about-this-benchmark"


def _resolves(path):
    try:
        resolve(path)
        return True
    except (Resolver404, NoReverseMatch):
        return False


def passport_page():
    try:
        from passport_pages.models import PassportPage
    except ImportError:
        return None
    return PassportPage.objects.live().filter(locale__language_code="en").first()


def count():
    print(OpportunityPage.objects.count())


def reference_pages():
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    if not ContentPage.objects.filter(slug=PLAIN_SLUG).exists():
        page = home.add_child(instance=ContentPage(title="About this benchmark", slug=PLAIN_SLUG))
        page.save_revision().publish()
    if passport_page() is None:
        try:
            from passport_pages.models import PassportPage
        except ImportError:
            return
        try:
            page = home.add_child(instance=PassportPage(title="Pathway passport", slug="passport"))
            page.save_revision().publish()
        except Exception as error:  # noqa: BLE001 - the PDF rows are then left out, and said so
            print(f"No passport page for the PDF rows: {error}", file=sys.stderr)


def info():
    english = Locale.objects.get(language_code="en")
    live = OpportunityPage.objects.live().filter(locale=english).order_by("pk")
    details = [page.url for page in live[:20]]
    data = {
        "static": "/static/css/site.css",
        "plain_page": ContentPage.objects.get(slug=PLAIN_SLUG).url,
        "details": details,
        "match_api": _resolves("/api/match/"),
        "passport_pdf": passport_page() is not None,
        "pdf_cold_ids": list(live.values_list("pk", flat=True)[:40]),
    }
    print(json.dumps(data))


def queries():
    from run import endpoints

    client = Client()
    data = json.loads(_capture(info))
    figures = {}
    for name, requests in endpoints(data):
        method, path, body, headers = requests[0]
        kwargs = {"content_type": headers.get("Content-Type")} if body else {}
        call = client.post if method == "POST" else client.get
        call(path, body, **kwargs) if body else call(path)  # warm-up, as a running server is
        cache.clear() if "PDF, cold" in name else None
        with CaptureQueriesContext(connection) as captured:
            call(path, body, **kwargs) if body else call(path)
        figures[name] = len(captured)
    print(json.dumps(figures))


def _capture(function):
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        function()
    return buffer.getvalue()


def clear_cache():
    cache.clear()


def engine():
    try:
        from bench import matching as matching_bench
    except ImportError:
        print("null")
        return
    runner = getattr(matching_bench, "engine_figures", None)
    print(json.dumps(runner() if runner else None))


ACTIONS = {
    "count": count,
    "reference-pages": reference_pages,
    "info": info,
    "queries": queries,
    "clear-cache": clear_cache,
    "engine": engine,
}

if __name__ == "__main__":
    ACTIONS[sys.argv[1]]()
