"""Build the demo site: every app's demo content, in every language.

A thin command at the top: each app brings its own builder (``<app>.demo``,
``build(log, size)``); this command only runs them in order. Idempotent: a second run finds what the
first one made and only fills gaps.

The builders run with the search index and Wagtail's reference index left alone on each save
(``home.indexing.indexing_deferred``); both, and the matching table, are rebuilt once at the end,
and only when the build saved something (a second run that finds everything in place takes a
second or two; ``--reindex`` rebuilds them anyway). On SQLite
the build does not wait for the disk at each of its thousands of commits (``synchronous=OFF`` for
this connection only): a crash of the program loses nothing, a power cut during the build may
spoil the database, which ``make demo`` then builds again from scratch.
"""

import io
import time
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.models import Count
from wagtail.models import Locale, Page

from enterprises import demo as enterprises_demo
from home import demo as home_demo
from home.indexing import indexing_deferred
from home.locales import sync_locales, sync_trees
from home.roles import setup_roles
from opportunities import demo as opportunities_demo
from passport_pages import demo as passport_demo

BUILDERS = [
    ("home", home_demo.build),
    ("opportunities", opportunities_demo.build),
    ("enterprises", enterprises_demo.build),
    ("passport_pages", passport_demo.build),
]


@contextmanager
def sqlite_commits_without_fsync():
    """On SQLite, ``PRAGMA synchronous=OFF`` for the duration (12 ms a commit to about 0 here)."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        previous = cursor.fetchone()[0]
        cursor.execute("PRAGMA synchronous=OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA synchronous={int(previous)}")


def missing_in_some_locale():
    """True when some page is not in every locale (so that tree synchronisation has work to do)."""
    locales = Locale.objects.count()
    return (
        Page.objects.filter(depth__gt=1)
        .values("translation_key")
        .annotate(copies=Count("id"))
        .filter(copies__lt=locales)
        .exists()
    )


class Command(BaseCommand):
    help = "Create (or complete) the demo content in every configured language."

    def add_arguments(self, parser):
        parser.add_argument(
            "--size",
            choices=["full", "small"],
            default="full",
            help="small: one opportunity per country (for tests); full: the whole demo.",
        )
        parser.add_argument(
            "--reindex",
            action="store_true",
            help="Rebuild the search, reference and matching indexes even when the build saved nothing.",
        )

    def handle(self, *args, size="full", reindex=False, **options):
        started = time.monotonic()

        def log(message):
            self.stdout.write(f"  {message}")
            self.stdout.flush()

        with indexing_deferred() as saves, sqlite_commits_without_fsync():
            sync_locales()
            for name, build in BUILDERS:
                self.stdout.write(self.style.MIGRATE_HEADING(f"Demo content: {name}"))
                build(log=log, size=size)
            # Pages not translated (yet) exist in every locale as aliases of their source.
            if missing_in_some_locale():
                sync_trees()
            # Groups, page rights, workflows and collections follow the tree just built.
            setup_roles(log=log)
        if saves.saved or reindex:
            self.update_indexes(log)
        else:
            log("nothing new: the search, reference and matching indexes are left as they are")
        total = Page.objects.filter(depth__gt=1).count()
        aliases = Page.objects.filter(alias_of__isnull=False).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {total} pages ({aliases} not yet translated) "
                f"in {time.monotonic() - started:.1f} s."
            )
        )

    def update_indexes(self, log):
        """The site-search index, Wagtail's reference index and the matching table, once for the whole tree."""
        for command, what in (
            ("update_index", "search index"),
            ("rebuild_references_index", "reference index"),
            ("rebuild_match_index", "matching table"),
        ):
            started = time.monotonic()
            call_command(command, stdout=io.StringIO())
            log(f"{what} updated in {time.monotonic() - started:.1f} s")
