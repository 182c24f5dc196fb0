import json

from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.forms import ValidationError

from enterprises.models import EmployerRegistration


class Command(BaseCommand):
    help = (
        "Print, as JSON, everything held about one email address in employer registrations (a subject access request)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an email address: {email!r}") from error
        registrations = EmployerRegistration.objects.for_email(email).order_by("created_at", "pk")
        data = {"email": email, "employer_registrations": [registration.as_export() for registration in registrations]}
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
