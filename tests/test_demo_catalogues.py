"""Demo content as data: every app's demo texts have a translation in each configured language's
``demo.po``; a missing catalogue or entry falls back to English; a new language is a catalogue;
``compile_translations --check`` covers the demo catalogues; the benchmarks import no demo content."""

import ast
import io
from importlib import import_module
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from home import demo_catalogue
from home.demo_catalogue import DemoCatalogue
from pathway.management.commands import compile_translations

DEMO_APPS = ["home", "opportunities", "enterprises", "passport_pages"]
ROOT = Path(settings.BASE_DIR)


@pytest.mark.parametrize("app", DEMO_APPS)
def test_every_demo_text_has_a_translation_in_every_language(app):
    sources = import_module(f"{app}.demo").source_texts()
    assert sources
    catalogue = DemoCatalogue(app)
    assert catalogue.languages == [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    assert catalogue.missing(sources) == {}
    for language in catalogue.languages:
        # Nothing else in the catalogue either: it is the data's, entry for entry.
        assert {msgid for _context, msgid in catalogue.catalogues[language]} == set(sources)


def test_no_demo_catalogue_or_no_entry_keeps_the_english_text(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("nl", "Nederlands")]
    catalogue = DemoCatalogue("home")
    assert "nl" in catalogue.languages
    text = catalogue.text("Home")
    assert text["de"] == "Startseite" and text["pl"] == "Strona główna"
    assert "nl" not in text  # strings_for() leaves it out: wagtail-localize keeps the source text
    assert catalogue.text("Not in any catalogue") == {settings.LANGUAGE_CODE: "Not in any catalogue"}


def test_a_new_language_is_a_catalogue(settings, tmp_path, monkeypatch):
    settings.LANGUAGES = [*settings.LANGUAGES, ("pt-br", "Português")]
    po = polib.POFile()
    po.metadata = {"Language": "pt_BR", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Home", msgstr="Início"))
    po.append(polib.POEntry(msgid="Get ready", msgstr="Prepare-se", flags=["fuzzy"]))  # fuzzy: not used
    target = tmp_path / "locale" / "pt_BR" / "LC_MESSAGES" / "demo.po"
    target.parent.mkdir(parents=True)
    po.save(str(target))
    monkeypatch.setattr(demo_catalogue, "app_path", lambda app_label: tmp_path)
    catalogue = DemoCatalogue("home")
    assert catalogue.text("Home") == {settings.LANGUAGE_CODE: "Home", "pt-br": "Início"}
    assert catalogue.missing(["Home", "Get ready"]) == {
        language: ["Get ready"] if language == "pt-br" else ["Home", "Get ready"] for language in catalogue.languages
    }


def test_the_translation_check_passes_and_covers_the_demo_catalogues():
    out = io.StringIO()
    call_command("compile_translations", check=True, stdout=out)
    count = len([code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]) * len(DEMO_APPS)
    assert f"{count} demo catalogues checked" in out.getvalue()


def test_the_translation_check_reports_demo_catalogue_problems(settings, tmp_path, monkeypatch):
    settings.BASE_DIR = tmp_path
    app = tmp_path / "someapp"
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Kept", msgstr="Behalten"))
    po.append(polib.POEntry(msgid="Vague", msgstr="Vage", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Empty", msgstr=""))
    po.append(polib.POEntry(msgid="Gone", msgstr="Weg"))
    german = app / "locale" / "de" / "LC_MESSAGES" / "demo.po"
    german.parent.mkdir(parents=True)
    po.save(str(german))
    monkeypatch.setattr(compile_translations, "demo_sources", lambda: {app: {"Kept", "Vague", "Empty", "New"}})
    count, problems = compile_translations.demo_problems()
    assert count == 1
    text = "\n".join(problems)
    assert "1 fuzzy, e.g. 'Vague'" in text
    assert "1 untranslated, e.g. 'Empty'" in text
    assert "1 demo texts without an entry, e.g. 'New'" in text
    assert "1 entries no longer in the demo data, e.g. 'Gone'" in text
    assert "someapp/locale/pl/LC_MESSAGES/demo.po is missing" in text
    assert "someapp/locale/de/LC_MESSAGES/demo.po is missing" not in text


def test_the_interface_catalogues_are_django_po_only():
    """``make messages`` (makemessages, domain "django") never writes the demo catalogues, and the
    demo catalogues have no compiled .mo that could drift."""
    assert not list(ROOT.glob("*/locale/*/LC_MESSAGES/demo.mo"))
    assert list(ROOT.glob("*/locale/*/LC_MESSAGES/demo.po"))


def test_the_benchmarks_import_no_demo_content():
    for path in (ROOT / "bench").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or "", *(alias.name for alias in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any("demo" in name for name in names), (path, names)
