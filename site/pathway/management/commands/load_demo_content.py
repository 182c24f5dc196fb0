"""Build the demo site: every app's demo content, in every language.

A thin command at the top: each app brings its own builder (``<app>.demo``,
``build(log, size)``); this command only runs them in order. Idempotent: a second run finds what the
first one made and only fills gaps.
"""

import time

from django.core.management.base import BaseCommand
from wagtail.models import Page

from enterprises import demo as enterprises_demo
from home import demo as home_demo
from home.locales import sync_locales, sync_trees
from opportunities import demo as opportunities_demo
from opportunities.roles import setup_roles
from passport_pages import demo as passport_demo

BUILDERS = [
    ("home", home_demo.build),
    ("opportunities", opportunities_demo.build),
    ("enterprises", enterprises_demo.build),
    ("passport_pages", passport_demo.build),
]


class Command(BaseCommand):
    help = "Create (or complete) the demo content in every configured language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--size",
            choices=["full", "small"],
            default="full",
            help="small: one opportunity per country (for tests); full: the whole demo.",
        )

    def handle(self, *args, size="full", **options):
        started = time.monotonic()
        sync_locales()
        for name, build in BUILDERS:
            self.stdout.write(self.style.MIGRATE_HEADING(f"Demo content: {name}"))
            build(log=lambda message: self.stdout.write(f"  {message}"), size=size)
            self.stdout.flush()
        # Pages not translated (yet) exist in every locale as aliases of their source.
        sync_trees()
        # Groups, page rights, workflows and collections follow the tree just built.
        setup_roles(log=lambda message: self.stdout.write(f"  {message}"))
        total = Page.objects.filter(depth__gt=1).count()
        aliases = Page.objects.filter(alias_of__isnull=False).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {total} pages ({aliases} not yet translated) "
                f"in {time.monotonic() - started:.1f} s."
            )
        )
