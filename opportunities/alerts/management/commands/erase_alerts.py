from home.personal_data import EraseCommand
from opportunities.alerts.models import Alert


class Command(EraseCommand):
    help = "Erase every email alert of one email address (a request for erasure)."
    noun = "alert(s)"

    def records(self, email):
        return Alert.objects.for_email(email)
