from django.core.management.base import BaseCommand

from enterprises.sections import setup


class Command(BaseCommand):
    help = (
        "Create the organisations index (/<lang>/enterprises/), a section per host country in every language, "
        "and give each country's editors' group its rights there."
    )

    def handle(self, *args, **options):
        setup(log=self.stdout.write)
