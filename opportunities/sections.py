"""The opportunities tree: the index and a section per host country, in every language.

The groups whose rights follow these sections are set by ``home.roles``.

Idempotent: run by `make run` and by the demo; adding a host country is a line in
``settings.PATHWAY_HOST_COUNTRIES`` and one more run.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext

from home.sections import english_home, ensure_country_sections
from home.translation import gettext_texts, in_language, translate_everywhere

from .models import CountrySectionPage, OpportunityIndexPage

INDEX_SLUG = "opportunities"


def index_introduction():
    return gettext("Placements, apprenticeships and courses with employers in other European countries.")


def ensure_index(home, languages=None):
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
    translate_everywhere(index, gettext_texts(lambda: gettext("Opportunities"), index_introduction), languages)
    return index


def setup(log=print, languages=None):
    """The index and a section per host country, translated into ``languages`` (default: all)."""
    index = ensure_index(english_home(), languages)
    sections = ensure_country_sections(index, CountrySectionPage, languages)
    log(f"opportunities: index and {len(sections)} country sections in every language")
    return index, sections
