"""``ensure_dev_admin``: the development users, each with its role; passwords set once."""

import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError

from pathway.management.commands.ensure_dev_admin import PASSWORD

pytestmark = pytest.mark.django_db


def test_new_users_get_the_password_and_existing_ones_keep_theirs(settings):
    settings.DEBUG = True
    call_command("ensure_dev_admin", stdout=io.StringIO())
    admin = authenticate(username="admin", password=PASSWORD)
    assert admin is not None and admin.is_superuser
    assert authenticate(username="translator-pl", password=PASSWORD) is not None

    admin.set_password("changed in the admin")
    admin.save()
    call_command("ensure_dev_admin", stdout=io.StringIO())
    assert authenticate(username="admin", password="changed in the admin") is not None

    call_command("ensure_dev_admin", reset_passwords=True, stdout=io.StringIO())
    assert authenticate(username="admin", password=PASSWORD) is not None


@pytest.mark.parametrize("command", ["ensure_dev_admin", "setup_demo"])
def test_the_development_commands_refuse_to_run_without_debug(settings, command):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command(command, stdout=io.StringIO())
