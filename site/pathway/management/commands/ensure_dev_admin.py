from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from home.roles import NETWORK_EDITORS, editors_group_name, moderators_group_name, translators_group_name

PASSWORD = "vet-pathway-dev"  # development only: refused when DEBUG is off


def demo_users():
    """(username, groups, description): the administrator and a user for each kind of role."""
    users = [("admin", [], "administrator (everything)")]
    for country in ("DE", "ES"):
        users.append((f"editor-{country.lower()}", [editors_group_name(country)], f"editor for {country}"))
        users.append((f"moderator-{country.lower()}", [moderators_group_name(country)], f"moderator for {country}"))
    for language in ("de", "pl"):
        users.append((f"translator-{language}", [translators_group_name(language)], f"translator into {language}"))
    users.append(("network-editor", [NETWORK_EDITORS], "network editor (shared pages)"))
    return users


class Command(BaseCommand):
    help = (
        "Create the development administrator and a demo user per role (their roles reset each time); "
        "print their credentials."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help=f"Set existing users' passwords back to {PASSWORD!r} too (new users always get it).",
        )

    def handle(self, *args, reset_passwords=False, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on (development settings).")
        model = get_user_model()
        lines = []
        for username, group_names, description in demo_users():
            user, created = model.objects.get_or_create(username=username, defaults={"email": f"{username}@localhost"})
            user.is_active = True
            user.is_staff = user.is_superuser = username == "admin"
            if created or reset_passwords:  # hashing takes half a second a user: only where needed
                user.set_password(PASSWORD)
            user.save()
            user.groups.set(Group.objects.filter(name__in=group_names))
            lines.append(f"  {username:<16} {description}")
        self.stdout.write(
            self.style.SUCCESS(f"Development users at http://127.0.0.1:8000/admin/ (password {PASSWORD}):")
        )
        self.stdout.write("\n".join(lines))
        if not reset_passwords:
            self.stdout.write("  Existing users keep their passwords (--reset-passwords sets them back).")
        if not getattr(settings, "PATHWAY_REQUIRE_2FA", True):
            self.stdout.write("  Two-factor sign-in is off in development (REQUIRE_2FA=1 turns it on).")
