"""Demo content as data: an app's demo texts in a YAML file, their translations in ``demo.po`` catalogues.

Each app with demo content has

- ``<app>/demo/<name>.yaml``: the structure, the codes and the English source texts;
- ``<app>/locale/<language>/LC_MESSAGES/demo.po``: one catalogue per language, whose
  ``msgid`` is an English text of the data file and ``msgstr`` its translation.

The builders (``<app>.demo.build``) read both at build time and hand the texts to
``home.translation.translate_everywhere``. The languages are those of ``settings.LANGUAGES``:
a language without a catalogue, or a text without a translation (empty or fuzzy), keeps the
English text, as wagtail-localize does for untranslated segments. Adding a language to the
demo is adding its ``demo.po`` files: no code. The catalogues are not ``django.po`` (that one
belongs to ``makemessages``, which would drop these entries as obsolete) and are checked by
``manage.py compile_translations --check``.
"""

import time
from functools import cache
from pathlib import Path

import polib
import yaml
from django.apps import apps
from django.conf import settings
from django.utils.translation import to_locale

from .translation import translate_everywhere

DOMAIN = "demo"
DATA_FOLDER = "demo"


def app_path(app_label):
    return Path(apps.get_app_config(app_label).path)


def catalogue_path(app_label, language):
    """Where the demo catalogue of ``app_label`` in ``language`` lives (it may not exist)."""
    return app_path(app_label) / "locale" / to_locale(language) / "LC_MESSAGES" / f"{DOMAIN}.po"


def target_languages():
    """Every configured language but the source language."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@cache
def _read_catalogue(path, _modified):
    po = polib.pofile(path)
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in po
        if entry.msgstr and not entry.fuzzy and not entry.obsolete
    }


def read_catalogue(path):
    """``{(msgctxt, msgid): msgstr}`` of the translated entries of a ``.po`` file; ``{}`` if missing."""
    path = Path(path)
    if not path.exists():
        return {}
    return _read_catalogue(str(path), path.stat().st_mtime_ns)


def load_data(app_label, name=None):
    """The demo data file ``<app>/demo/<name>.yaml`` (``name`` defaults to the app label)."""
    path = app_path(app_label) / DATA_FOLDER / f"{name or app_label}.yaml"
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


class DemoCatalogue:
    """The translations of one app's demo texts, in every configured language."""

    def __init__(self, app_label):
        self.app_label = app_label
        self.languages = target_languages()
        self.catalogues = {language: read_catalogue(catalogue_path(app_label, language)) for language in self.languages}

    def translate(self, source, language, context=None):
        """The translation of ``source`` into ``language``, or ``None`` when there is none."""
        return self.catalogues.get(language, {}).get((context, source))

    def text(self, source, context=None):
        """``{language: text}``: the source text and each translation the catalogues have."""
        text = {settings.LANGUAGE_CODE: source}
        for language in self.languages:
            translated = self.translate(source, language, context)
            if translated:
                text[language] = translated
        return text

    def texts(self, sources):
        """``[{language: text}, ...]`` for ``sources``, as ``translate_everywhere`` takes them."""
        return [self.text(source) for source in sources]

    def missing(self, sources):
        """``{language: [source, ...]}``: the texts a catalogue does not translate."""
        gaps = {}
        for language in self.languages:
            absent = [source for source in dict.fromkeys(sources) if not self.translate(source, language)]
            if absent:
                gaps[language] = absent
        return gaps


def translate_pages(app_label, work, log=print, every=None):
    """Translate each page of ``work`` (``[(page, [English text, ...]), ...]``, parents first) into every
    other language, with the app's demo catalogue; pages already translated are left as they are.

    One page per transaction (``translate_everywhere``): translating a parent and its child
    together breaks the tree. Returns how many translations were made.
    """
    catalogue = DemoCatalogue(app_label)
    made = 0
    started = time.monotonic()
    for position, (page, sources) in enumerate(work, start=1):
        made += translate_everywhere(page, catalogue.texts(sources))
        if (every and position % every == 0) or position == len(work):
            elapsed = time.monotonic() - started
            left = elapsed / position * (len(work) - position)
            estimate = f", about {left:.0f} s to go" if position < len(work) else ""
            log(
                f"{app_label}: {position} of {len(work)} pages in every language "
                f"({made} translations made, {elapsed:.0f} s{estimate})"
            )
    return made
