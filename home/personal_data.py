"""What the network's forms and commands share about the people who give an email address
(employers who register, youth workers who follow a search): the confirmation email that could
not be sent, and the commands that answer an access or erasure request for one address."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.forms import ValidationError
from django.utils.translation import gettext_lazy as _

NOT_SENT_MESSAGE = _(
    "We could not send the confirmation email just now, so nothing was saved. Please try again in a few minutes."
)


class EmailNotSent(Exception):
    """The confirmation email could not be handed to the mail server (nothing is kept)."""


def valid_email(raw):
    """``raw`` stripped, or a ``CommandError`` that names it."""
    email = raw.strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise CommandError(f"Not an email address: {email!r}") from error
    return email


class ExportCommand(BaseCommand):
    """Print, as JSON, everything held about one email address: ``{"email": ..., key: [...]}``,
    each record's ``as_export()``, oldest first."""

    key = ""  # the JSON key of the records

    def records(self, email):
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        email = valid_email(email)
        records = self.records(email).order_by("created_at", "pk")
        data = {"email": email, self.key: [record.as_export() for record in records]}
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))


class EraseCommand(BaseCommand):
    """Delete every record of one email address (``--dry-run`` counts them) and say how many."""

    noun = ""  # "registration(s)", "alert(s)"

    def records(self, email):
        raise NotImplementedError

    def before_erasing(self, records):
        """Say what the records leave behind (nothing by default)."""

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--dry-run", action="store_true", help="count, erase nothing")

    def handle(self, *args, email, dry_run, **options):
        email = valid_email(email)
        records = self.records(email)
        count = records.count()
        notes = self.before_erasing(records)
        if not dry_run:
            records.delete()
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(f"{verb} {count} {self.noun} of {email}.")
        if notes:
            self.stdout.write(notes)
