from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import content_cache, network
from .blocks import BaseStreamBlock
from .routing import route_from

EMPTY_HELP = _("Optional: left empty, the site's own text is shown, translated into every language.")


class HomePage(content_cache.CachedViewRestrictions, Page):
    """The root of each language's tree: `/<lang>/`."""

    hero_heading = models.CharField(_("hero heading"), max_length=160)
    hero_text = models.TextField(_("hero text"), max_length=500, help_text=_("One or two sentences in plain language."))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    # The front page's sections (issue 18). Left empty, each shows the site's own translated text.
    map_heading = models.CharField(_("map heading"), max_length=160, blank=True, help_text=EMPTY_HELP)
    map_text = models.TextField(_("map text"), max_length=500, blank=True, help_text=EMPTY_HELP)
    browse_title = models.CharField(_("title of browsing placements"), max_length=80, blank=True, help_text=EMPTY_HELP)
    browse_text = models.TextField(_("text on browsing placements"), max_length=300, blank=True, help_text=EMPTY_HELP)
    match_title = models.CharField(_("title of finding a match"), max_length=80, blank=True, help_text=EMPTY_HELP)
    match_text = models.TextField(_("text on finding a match"), max_length=300, blank=True, help_text=EMPTY_HELP)
    passport_title = models.CharField(
        _("title of the pathway passport"), max_length=80, blank=True, help_text=EMPTY_HELP
    )
    passport_text = models.TextField(
        _("text on the pathway passport"), max_length=300, blank=True, help_text=EMPTY_HELP
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        MultiFieldPanel(
            [FieldPanel("map_heading"), FieldPanel("map_text")],
            heading=_("Map of Europe"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("browse_title"),
                FieldPanel("browse_text"),
                FieldPanel("match_title"),
                FieldPanel("match_text"),
                FieldPanel("passport_title"),
                FieldPanel("passport_text"),
            ],
            heading=_("Three ways in"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        TranslatableField("body"),
        TranslatableField("map_heading"),
        TranslatableField("map_text"),
        TranslatableField("browse_title"),
        TranslatableField("browse_text"),
        TranslatableField("match_title"),
        TranslatableField("match_text"),
        TranslatableField("passport_title"),
        TranslatableField("passport_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    @property
    def localized(self):
        """The live home page of the active language, as its specific object, from the cache
        (``home.content_cache``): Wagtail asks for it on every request before routing."""
        from django.utils import translation

        def find():
            return Page.localized.fget(self).specific

        return content_cache.cached("home", find, self.pk, translation.get_language())

    def route(self, request, path_components):
        """One query for the deepest page on the path instead of two per level (``home.routing``)."""
        return route_from(self, request, path_components) or super().route(request, path_components)

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """The network in figures (``home.network``: one query each; the page cache keeps the page)."""
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = network.figures(self.locale)
        return context


class ContentPage(content_cache.CachedViewRestrictions, Page):
    """A plain page of text: privacy notice, accessibility statement, imprint, ..."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("Legal pages (privacy, accessibility, imprint) are linked from every page's footer."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("show_in_footer")]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("show_in_footer"),
    ]
    # Legal pages' URLs are linked from consent texts: the same slug in every language.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("show_in_footer", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("content page")
