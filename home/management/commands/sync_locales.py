from django.core.management.base import BaseCommand

from home.locales import sync_locales, sync_trees


class Command(BaseCommand):
    help = "Create a locale per language in settings.LANGUAGES and synchronise the page trees."

    def handle(self, *args, **options):
        created = sync_locales()
        sync_trees()
        if created:
            self.stdout.write(f"Locales created: {', '.join(created)}")
        else:
            self.stdout.write("Locales up to date.")
