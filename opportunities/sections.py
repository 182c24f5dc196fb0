"""The opportunities tree: the index and a section per host country, in every language.

The groups whose rights follow these sections are set by ``opportunities.roles``.

Idempotent: run by `make run` and by the demo; adding a host country is a line in
``settings.PATHWAY_HOST_COUNTRIES`` and one more run.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from home.models import HomePage
from home.translation import translate_page

from . import vocabularies as vocab
from .models import CountrySectionPage, OpportunityIndexPage

INDEX_SLUG = "opportunities"


def editors_group_name(country):
    return f"Editors {country}"


def _in_language(language_code, text_factory):
    with translation.override(language_code):
        return str(text_factory())


def _other_locales():
    return Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")


def _translate_everywhere(page, *text_factories):
    """Translate ``page`` where it is not translated yet; its texts come from gettext in each language."""
    for locale in _other_locales():
        exists = Page.objects.filter(
            translation_key=page.translation_key, locale=locale, alias_of__isnull=True
        ).exists()
        if not exists:
            strings = {
                _in_language(settings.LANGUAGE_CODE, factory): _in_language(locale.language_code, factory)
                for factory in text_factories
            }
            translate_page(page, locale, strings)


def index_introduction():
    return gettext("Placements, apprenticeships and courses with employers in other European countries.")


def ensure_index(home, translate=True):
    with transaction.atomic():
        index = OpportunityIndexPage.objects.child_of(home).first()
        if index is None:
            index = home.add_child(
                instance=OpportunityIndexPage(
                    title=_in_language(settings.LANGUAGE_CODE, lambda: gettext("Opportunities")),
                    slug=INDEX_SLUG,
                    show_in_menus=True,
                    introduction=_in_language(settings.LANGUAGE_CODE, index_introduction),
                )
            )
            index.save_revision().publish()
    if translate:
        _translate_everywhere(index, lambda: gettext("Opportunities"), index_introduction)
    return index


def ensure_country_section(index, country, translate=True):
    with transaction.atomic():
        section = CountrySectionPage.objects.child_of(index).filter(country=country).first()
        if section is None:
            section = index.add_child(
                instance=CountrySectionPage(
                    title=vocab.label(vocab.COUNTRIES, country), slug=country.lower(), country=country
                )
            )
            section.save_revision().publish()
    if translate:
        _translate_everywhere(section, lambda: vocab.label(vocab.COUNTRIES, country))
    return section


def setup(log=print, translate=True):
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first()
    if home is None:
        raise RuntimeError("No home page yet: run load_demo_content (or create the home page) first.")
    index = ensure_index(home, translate)
    sections = {}
    for country in settings.PATHWAY_HOST_COUNTRIES:
        sections[country] = ensure_country_section(index, country, translate)
    log(f"opportunities: index and {len(sections)} country sections in every language")
    return index, sections
