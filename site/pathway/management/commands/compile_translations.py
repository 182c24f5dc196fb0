"""Compile every interface .po file of the project into its .mo file with polib; check the demo catalogues.

The compiled .mo files are committed, so that a fresh machine needs no gettext
tools. ``--check`` compiles in memory and fails when a committed .mo differs
from its .po (drift), or when a .po has untranslated or fuzzy entries.

The demo catalogues (``<app>/locale/<language>/LC_MESSAGES/demo.po``, see
``home.demo_catalogue``) are read as .po by the demo builders and have no .mo;
``--check`` fails when one has untranslated, fuzzy or obsolete entries, when an
app with demo catalogues lacks one for a configured language, or when a catalogue and
its app's demo data (``<app>.demo.source_texts()``) disagree: a text of the data
without an entry, or an entry for a text the data no longer has.
"""

import tempfile
from importlib import import_module
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

SKIPPED = {".venv", "node_modules"}


def po_files(domain="django"):
    roots = [Path(settings.BASE_DIR)]
    for root in roots:
        for po_path in sorted(root.glob(f"**/locale/*/LC_MESSAGES/{domain}.po")):
            if SKIPPED.intersection(po_path.parts):
                continue
            yield po_path


def compiled_bytes(po):
    """polib writes .mo files deterministically for a given .po."""
    with tempfile.NamedTemporaryFile(suffix=".mo") as tmp:
        po.save_as_mofile(tmp.name)
        return Path(tmp.name).read_bytes()


def entry_problems(po, relative):
    problems = []
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    if untranslated:
        problems.append(f"{relative}: {len(untranslated)} untranslated, e.g. {untranslated[0]!r}")
    if fuzzy:
        problems.append(f"{relative}: {len(fuzzy)} fuzzy, e.g. {fuzzy[0]!r}")
    return problems


def demo_sources():
    """``{app folder: set of English texts}`` of every app whose ``demo`` package lists its texts."""
    sources = {}
    for app_config in apps.get_app_configs():
        if not (Path(app_config.path) / "demo" / "__init__.py").exists():
            continue
        module = import_module(f"{app_config.name}.demo")
        if hasattr(module, "source_texts"):
            sources[Path(app_config.path)] = set(module.source_texts())
    return sources


def demo_problems():
    """Problems of the demo catalogues: entries, and catalogues missing for a configured language."""
    problems = []
    locales = {to_locale(code) for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    by_locale_dir = {}
    sources = demo_sources()
    for app_path in sources:  # an app with demo data and no catalogue at all is reported too
        by_locale_dir.setdefault(app_path / "locale", set())
    count = 0
    for po_path in po_files("demo"):
        count += 1
        relative = po_path.relative_to(settings.BASE_DIR)
        by_locale_dir.setdefault(po_path.parents[2], set()).add(po_path.parents[1].name)
        po = polib.pofile(str(po_path))
        problems += entry_problems(po, relative)
        obsolete = [e.msgid for e in po.obsolete_entries()]
        if obsolete:
            problems.append(f"{relative}: {len(obsolete)} obsolete, e.g. {obsolete[0]!r}")
        wanted = sources.get(po_path.parents[3])
        if wanted is not None:
            present = {e.msgid for e in po if not e.obsolete}
            if absent := sorted(wanted - present):
                problems.append(f"{relative}: {len(absent)} demo texts without an entry, e.g. {absent[0]!r}")
            if unused := sorted(present - wanted):
                problems.append(f"{relative}: {len(unused)} entries no longer in the demo data, e.g. {unused[0]!r}")
    for locale_dir, present in sorted(by_locale_dir.items()):
        for missing in sorted(locales - present):
            path = (locale_dir / missing / "LC_MESSAGES" / "demo.po").relative_to(settings.BASE_DIR)
            problems.append(f"{path} is missing (the demo would stay in English there)")
    return count, problems


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
            if check:
                problems += entry_problems(po, relative)
            mo_path = po_path.with_suffix(".mo")
            wanted = compiled_bytes(po)
            if check:
                if not mo_path.exists() or mo_path.read_bytes() != wanted:
                    problems.append(f"{mo_path.relative_to(settings.BASE_DIR)} is out of date with its .po")
            else:
                mo_path.write_bytes(wanted)
        demo_count = 0
        if check:
            demo_count, demo = demo_problems()
            problems += demo
        if problems:
            # Only --check collects problems; compiling alone always succeeds.
            raise CommandError("Translation files need attention:\n  " + "\n  ".join(problems))
        summary = f"{count} .po files {'checked' if check else 'compiled'}"
        if check:
            summary += f", {demo_count} demo catalogues checked"
        self.stdout.write(f"{summary}.")
