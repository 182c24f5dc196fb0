from home.personal_data import ExportCommand
from opportunities.alerts.models import Alert


class Command(ExportCommand):
    help = "Print, as JSON, everything held about one email address in email alerts (a subject access request)."
    key = "opportunity_alerts"

    def records(self, email):
        return Alert.objects.for_email(email)
