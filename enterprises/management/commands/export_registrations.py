from enterprises.models import EmployerRegistration
from home.personal_data import ExportCommand


class Command(ExportCommand):
    help = (
        "Print, as JSON, everything held about one email address in employer registrations (a subject access request)."
    )
    key = "employer_registrations"

    def records(self, email):
        return EmployerRegistration.objects.for_email(email)
