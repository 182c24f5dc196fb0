from django.core.management.base import BaseCommand

from opportunities.sections import setup


class Command(BaseCommand):
    help = "Create the opportunities index, a section per host country (every language) and its editors' group."

    def handle(self, *args, **options):
        setup(log=self.stdout.write)
