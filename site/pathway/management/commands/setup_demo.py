"""What ``make demo`` (and so ``make run``) does, in one process: each step is its own command.

One process instead of four saves each later start the two seconds Django takes to set up; a
second ``make run`` finds everything in place and serves within seconds.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Migrate, build (or complete) the demo content with its indexes, and create the development "
        "users: the steps of `make demo`, in one process."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("setup_demo only runs with DEBUG on (development settings).")
        call_command("migrate", interactive=False, verbosity=1, stdout=self.stdout)
        call_command("load_demo_content", stdout=self.stdout)
        call_command("ensure_dev_admin", stdout=self.stdout)
