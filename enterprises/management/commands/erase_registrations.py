from enterprises.models import EmployerRegistration
from home.personal_data import EraseCommand


class Command(EraseCommand):
    help = (
        "Erase every employer registration of one email address (a request for erasure). Profile pages "
        "made from approved registrations are organisation content, edited by the country's editors: they are "
        "listed, not deleted."
    )
    noun = "registration(s)"

    def records(self, email):
        return EmployerRegistration.objects.for_email(email)

    def before_erasing(self, records):
        profiles = sorted({pk for pk in records.values_list("profile_id", flat=True) if pk})
        if profiles:
            return "Profile pages made from them (check their contact details in the admin): " + ", ".join(
                f"/admin/pages/{pk}/edit/" for pk in profiles
            )
        return ""
