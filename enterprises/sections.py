"""The organisations tree: the index and a section per host country, in every language.

Idempotent: run by the demo and by ``manage.py setup_organisation_sections``.
The country editors' and moderators' rights on these sections (where moderation
creates draft profiles) are set by ``home.roles``, which finds this section type
as a ``home.sections.CountrySection``.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext

from home.sections import english_home, ensure_country_sections
from home.translation import gettext_texts, translate_everywhere

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


def setup(log=print, index_texts=None, languages=None):
    index = ensure_index(english_home(), index_texts, languages)
    sections = ensure_country_sections(index, OrganisationCountrySectionPage, languages)
    log(f"enterprises: index and {len(sections)} country sections in every language")
    return index, sections
