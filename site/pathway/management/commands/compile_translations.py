"""Compile every .po file of the project into its .mo file with polib.

The compiled .mo files are committed, so that a fresh machine needs no gettext
tools. ``--check`` compiles in memory and fails when a committed .mo differs
from its .po (drift), or when a .po has untranslated or fuzzy entries.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def po_files():
    roots = [Path(settings.BASE_DIR)]
    for root in roots:
        for po_path in sorted(root.glob("**/locale/*/LC_MESSAGES/django.po")):
            if ".venv" in po_path.parts or "node_modules" in po_path.parts:
                continue
            yield po_path


def compiled_bytes(po):
    """polib writes .mo files deterministically for a given .po."""
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".mo") as tmp:
        po.save_as_mofile(tmp.name)
        return Path(tmp.name).read_bytes()


class Command(BaseCommand):
    help = "Compile .po files to .mo with polib; with --check, fail on drift or missing translations."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Change nothing; fail on drift.")

    def handle(self, *args, check=False, **options):
        problems = []
        count = 0
        for po_path in po_files():
            count += 1
            po = polib.pofile(str(po_path))
            relative = po_path.relative_to(settings.BASE_DIR)
            untranslated = [e.msgid for e in po.untranslated_entries()]
            fuzzy = [e.msgid for e in po.fuzzy_entries()]
            if untranslated and check:
                problems.append(f"{relative}: {len(untranslated)} untranslated, e.g. {untranslated[0]!r}")
            if fuzzy and check:
                problems.append(f"{relative}: {len(fuzzy)} fuzzy, e.g. {fuzzy[0]!r}")
            mo_path = po_path.with_suffix(".mo")
            wanted = compiled_bytes(po)
            if check:
                if not mo_path.exists() or mo_path.read_bytes() != wanted:
                    problems.append(f"{mo_path.relative_to(settings.BASE_DIR)} is out of date with its .po")
            else:
                mo_path.write_bytes(wanted)
        if problems:
            # Only --check collects problems; compiling alone always succeeds.
            raise CommandError("Translation files need attention:\n  " + "\n  ".join(problems))
        self.stdout.write(f"{count} .po files {'checked' if check else 'compiled'}.")
