"""Print how long the passport PDF takes to make: cold (rendered) and cached.

    DJANGO_SETTINGS_MODULE=pathway.settings.bench manage.py bench_passport_pdf --language pl --opportunity 218 --runs 5

Figures, not a test: run it on the machine you care about, beside the demo content.
"""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404
from wagtail.models import Locale

from passport_pages.models import PassportPage
from passport_pages.pdf import PassportBooklet, PdfUnavailable, find_opportunity


class Command(BaseCommand):
    help = "Measure the passport PDF's render time, cold and cached."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="en", help="Language of the booklet (default: en).")
        parser.add_argument(
            "--opportunity",
            default=None,
            help="Id of an opportunity to personalise the booklet (default: the first live one; 0 for none).",
        )
        parser.add_argument("--runs", type=int, default=3, help="Cold renders to time (default: 3).")

    def handle(self, *args, language="en", opportunity=None, runs=3, **options):
        from opportunities.models import OpportunityPage

        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise CommandError(f"No locale {language!r}.")
        passport = PassportPage.objects.live().filter(locale=locale).first()
        if passport is None:
            raise CommandError(f"No live passport page in {language!r}: run load_demo_content first.")
        if opportunity is None:
            first = OpportunityPage.objects.live().filter(locale=locale).order_by("pk").first()
            opportunity = str(first.pk) if first else "0"
        try:
            page = find_opportunity(opportunity, locale) if opportunity != "0" else None
        except Http404 as error:
            raise CommandError(f"No live opportunity {opportunity!r}.") from error

        booklet = PassportBooklet(passport, page)
        cold = []
        try:
            for _run in range(max(1, runs)):
                cache.delete(booklet.cache_key)
                started = time.perf_counter()
                data, from_cache = booklet.get_pdf()
                cold.append(time.perf_counter() - started)
                assert not from_cache
        except PdfUnavailable as error:
            raise CommandError(f"weasyprint cannot run here: {error}") from error

        cached = []
        for _run in range(20):
            started = time.perf_counter()
            fresh = PassportBooklet(passport, page)  # as a request does: version query + cache read
            _data, from_cache = fresh.get_pdf()
            cached.append(time.perf_counter() - started)
            assert from_cache

        label = f"{language}, " + (f"opportunity {page.pk} ({page.title})" if page else "not personalised")
        self.stdout.write(f"Passport PDF, {label}: {len(data) / 1024:.0f} KiB")
        self.stdout.write(
            f"  cold:   median {statistics.median(cold) * 1000:.0f} ms "
            f"(min {min(cold) * 1000:.0f}, max {max(cold) * 1000:.0f}, {len(cold)} runs; the first includes font loading)"
        )
        self.stdout.write(
            f"  cached: median {statistics.median(cached) * 1000:.1f} ms "
            f"(min {min(cached) * 1000:.1f}, max {max(cached) * 1000:.1f}, {len(cached)} runs)"
        )
