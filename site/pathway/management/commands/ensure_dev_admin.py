from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "vet-pathway-dev"  # development only: refused when DEBUG is off


class Command(BaseCommand):
    help = "Create (or reset) the development administrator and print its credentials. Development only."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on (development settings).")
        user, _created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(f"Development admin: http://127.0.0.1:8000/admin/  user {USERNAME}  password {PASSWORD}")
        )
