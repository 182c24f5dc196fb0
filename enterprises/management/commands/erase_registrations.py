from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.forms import ValidationError

from enterprises.models import EmployerRegistration


class Command(BaseCommand):
    help = (
        "Erase every employer registration of one email address (a request for erasure). Profile pages "
        "made from approved registrations are organisation content, edited by the country's editors: they are "
        "listed, not deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--dry-run", action="store_true", help="list, erase nothing")

    def handle(self, *args, email, dry_run, **options):
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an email address: {email!r}") from error
        registrations = EmployerRegistration.objects.for_email(email)
        profiles = sorted({pk for pk in registrations.values_list("profile_id", flat=True) if pk})
        count = registrations.count()
        if not dry_run:
            registrations.delete()
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(f"{verb} {count} registration(s) of {email}.")
        if profiles:
            self.stdout.write(
                "Profile pages made from them (check their contact details in the admin): "
                + ", ".join(f"/admin/pages/{pk}/edit/" for pk in profiles)
            )
