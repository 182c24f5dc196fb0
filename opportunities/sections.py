"""The opportunities tree: the index and a section per host country, in every language.

The groups whose rights follow these sections are set by ``opportunities.roles``.

Idempotent: run by `make run` and by the demo; adding a host country is a line in
``settings.PATHWAY_HOST_COUNTRIES`` and one more run.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext

from home import vocabularies as vocab
from home.models import HomePage
from home.translation import gettext_texts, in_language, translate_everywhere

from .models import CountrySectionPage, OpportunityIndexPage

INDEX_SLUG = "opportunities"


def editors_group_name(country):
    return f"Editors {country}"


def index_introduction():
    return gettext("Placements, apprenticeships and courses with employers in other European countries.")


def ensure_index(home, translate=True):
    with transaction.atomic():
        index = OpportunityIndexPage.objects.child_of(home).first()
        if index is None:
            index = home.add_child(
                instance=OpportunityIndexPage(
                    title=in_language(settings.LANGUAGE_CODE, lambda: gettext("Opportunities")),
                    slug=INDEX_SLUG,
                    show_in_menus=True,
                    introduction=in_language(settings.LANGUAGE_CODE, index_introduction),
                )
            )
            index.save_revision().publish()
    if translate:
        translate_everywhere(index, gettext_texts(lambda: gettext("Opportunities"), index_introduction))
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
        translate_everywhere(section, gettext_texts(lambda: vocab.label(vocab.COUNTRIES, country)))
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
