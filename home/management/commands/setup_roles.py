from django.core.management.base import BaseCommand

from home.roles import setup_roles


class Command(BaseCommand):
    help = "Create or update the editors', moderators', translators' and network editors' groups and workflows."

    def handle(self, *args, **options):
        setup_roles(log=self.stdout.write)
