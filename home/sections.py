"""Country sections: the one page type behaviour every app's tree shares.

Each app that publishes per host country (opportunities, organisations, guidelines)
has an index page with one section per country below it. A section exists so that
the country's editors and moderators get their rights, and the country's
moderation workflow, on one page in every language's tree (``home.roles``); a
visitor who opens it gets the app's listing filtered by that country.

An app declares its section type by subclassing ``CountrySection``; ``home.roles``
finds every concrete subclass, so no setting lists them.
"""

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import vocabularies as vocab
from .content_cache import CachedViewRestrictions
from .translation import gettext_texts, in_language, translate_everywhere


class CountrySection(CachedViewRestrictions, Page):
    """One host country's pages of an app, in every language (abstract).

    The slug and country are the same in every language; the introduction is
    translated. Visitors are sent to the parent listing filtered by the country
    (``?country=XX``), which every listing understands.
    """

    country = models.CharField(_("country"), max_length=2, choices=vocab.COUNTRIES, db_index=True)
    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("country"), FieldPanel("introduction")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("country", overridable=False),
        TranslatableField("introduction"),
    ]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        listing = self.get_parent()
        return redirect(f"{listing.get_url(request)}?country={self.country}")


def section_models():
    """Every concrete country-section page type of the installed apps."""
    return [model for model in apps.get_models() if issubclass(model, CountrySection)]


def english_home():
    """The source language's home page (the root of the default site's tree)."""
    from .models import HomePage

    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=2).first()
    if home is None:
        raise RuntimeError("No home page yet: run load_demo_content (or create the home page) first.")
    return home


def ensure_country_section(index, model, country, languages=None):
    """The ``model`` section of ``country`` below ``index``, created and published if missing,
    and translated into ``languages`` (default: every other locale; ``[]``: none)."""
    with transaction.atomic():
        section = model.objects.child_of(index).filter(country=country).first()
        if section is None:
            section = index.add_child(
                instance=model(
                    title=in_language(settings.LANGUAGE_CODE, lambda: vocab.label(vocab.COUNTRIES, country)),
                    slug=country.lower(),
                    country=country,
                )
            )
            section.save_revision().publish()
    translate_everywhere(section, gettext_texts(lambda: vocab.label(vocab.COUNTRIES, country)), languages)
    return section


def ensure_country_sections(index, model, languages=None):
    """``{country: section}`` for every host country (``settings.PATHWAY_HOST_COUNTRIES``)."""
    return {
        country: ensure_country_section(index, model, country, languages) for country in settings.PATHWAY_HOST_COUNTRIES
    }
