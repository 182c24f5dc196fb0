"""The organisations tree: the index and a section per host country, in every language.

Idempotent: run by the demo and by ``manage.py setup_organisation_sections``.
The country editors' and moderators' rights on these sections (where moderation
creates draft profiles) are set by ``opportunities.roles``, which lists this
section type in ``settings.PATHWAY_COUNTRY_SECTION_MODELS``.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext

from home import vocabularies as vocab
from home.models import HomePage
from home.translation import gettext_texts, in_language, translate_everywhere

from .models import OrganisationCountrySectionPage, OrganisationIndexPage

INDEX_SLUG = "enterprises"


def index_title():
    return gettext("Enterprises and social partners")


def index_introduction():
    return gettext("Companies, chambers, trade unions and training providers that host or send trainees.")


def ensure_index(home, texts=None, languages=None):
    """The index below ``home``; ``texts`` maps "title" and "introduction" to ``{language: text}``."""
    texts = texts or dict(zip(("title", "introduction"), gettext_texts(index_title, index_introduction), strict=True))
    with transaction.atomic():
        index = OrganisationIndexPage.objects.child_of(home).first()
        if index is None:
            index = home.add_child(
                instance=OrganisationIndexPage(
                    title=texts["title"][settings.LANGUAGE_CODE],
                    slug=INDEX_SLUG,
                    show_in_menus=True,
                    introduction=texts["introduction"][settings.LANGUAGE_CODE],
                    register_introduction=texts.get("register_introduction", {}).get(settings.LANGUAGE_CODE, ""),
                )
            )
            index.save_revision().publish()
    translate_everywhere(index, list(texts.values()), languages)
    return index


def ensure_country_section(index, country, languages=None):
    with transaction.atomic():
        section = OrganisationCountrySectionPage.objects.child_of(index).filter(country=country).first()
        if section is None:
            section = index.add_child(
                instance=OrganisationCountrySectionPage(
                    title=in_language(settings.LANGUAGE_CODE, lambda: vocab.label(vocab.COUNTRIES, country)),
                    slug=country.lower(),
                    country=country,
                )
            )
            section.save_revision().publish()
    translate_everywhere(section, gettext_texts(lambda: vocab.label(vocab.COUNTRIES, country)), languages)
    return section


def setup(log=print, index_texts=None, languages=None):
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first()
    if home is None:
        raise RuntimeError("No home page yet: run load_demo_content (or create the home page) first.")
    index = ensure_index(home, index_texts, languages)
    sections = {}
    for country in settings.PATHWAY_HOST_COUNTRIES:
        sections[country] = ensure_country_section(index, country, languages)
    log(f"enterprises: index and {len(sections)} country sections in every language")
    return index, sections
