"""Guidelines, the quality charter and the pathway passport.

    HomePage
      GuidelineIndexPage            /<lang>/guidelines/  (filters phase, audience)
        GuidelinePage               network-wide guidelines
        GuidelineCountrySectionPage /<lang>/guidelines/<country>/  (a country's own)
          GuidelinePage
      QualityCharterPage            /<lang>/quality-charter/
      PassportPage                  /<lang>/passport/  and  /<lang>/passport/pdf/

Slugs of the URL contract, codes and numbers are synchronised between
languages; text is translated. Multi-valued codes (audiences, topics) are inline
rows: wagtail-localize skips many-to-many fields.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import content_cache
from home.code_rows import code_row
from home.content_cache import CachedViewRestrictions
from home.page_images import PageImage, image_fields, image_panel, image_translation
from home.sections import CountrySection
from home.vocabularies import QUALITY_PRINCIPLES, label

from . import vocabularies as vocab
from .blocks import CharterStreamBlock, GuidelineBodyBlock, PassportStreamBlock
from .queryset import GuidelineQuerySet

GUIDELINES_SLUG = "guidelines"
CHARTER_SLUG = "quality-charter"
PASSPORT_SLUG = "passport"


class GuidelineIndexPage(CachedViewRestrictions, Page):
    """Every guideline of one language, filterable by phase and audience."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["passport_pages.GuidelinePage", "passport_pages.GuidelineCountrySectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guideline listing")

    def guidelines(self):
        """Live guidelines below this page (network-wide and countries'), in its language."""
        return GuidelinePage.objects.descendant_of(self).live().public().filter(locale_id=self.locale_id)

    def serve(self, request, *args, **kwargs):
        from .views import guideline_listing

        return guideline_listing(request, self)


class GuidelineCountrySectionPage(CountrySection):
    """A country's own guidelines: its editors' rights, and ``?country=`` on the listing for visitors."""

    parent_page_types = ["passport_pages.GuidelineIndexPage"]
    subpage_types = ["passport_pages.GuidelinePage"]

    class Meta:
        verbose_name = _("country guidelines")
        verbose_name_plural = _("country guidelines")


GuidelinePageManager = PageManager.from_queryset(GuidelineQuerySet)


class GuidelinePage(PageImage, CachedViewRestrictions, Page):
    """One guideline article: support before, during or after the stay."""

    phase = models.CharField(_("phase"), max_length=10, choices=vocab.PHASES, default="before", db_index=True)
    introduction = models.TextField(
        _("introduction"), max_length=600, help_text=_("One or two sentences in plain language.")
    )
    body = StreamField(GuidelineBodyBlock(), verbose_name=_("body"))
    # Optional; the same image in every language, its description translated.
    image, image_alt = image_fields(_("Optional: shown below the introduction and when the guideline is shared."))

    objects = GuidelinePageManager()

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                InlinePanel("audiences", label=_("Audiences"), min_num=1),
                InlinePanel("topics", label=_("Topics")),
            ],
            heading=_("Who and when"),
        ),
        image_panel(),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("phase"),
        index.FilterField("locale_id"),
    ]
    # Same slug in every language unless a translator chooses another one.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("phase", overridable=False),
        SynchronizedField("audiences", overridable=False),
        SynchronizedField("topics", overridable=False),
        TranslatableField("introduction"),
        TranslatableField("body"),
        *image_translation(),
    ]

    parent_page_types = ["passport_pages.GuidelineIndexPage", "passport_pages.GuidelineCountrySectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guideline")
        verbose_name_plural = _("guidelines")

    def share_image(self, request=None):
        """The editor's image for link previews; without one, the site's default card."""
        return self.image_share_card()

    def get_phase_label(self):
        return label(vocab.PHASES, self.phase)

    def checklists(self):
        """The body's checklists as ``{"title": ..., "items": [...]}``, in order."""
        return [
            {"title": block.value["title"], "items": list(block.value["items"])}
            for block in self.body
            if block.block_type == "checklist"
        ]

    # Fetched with the page when routing keeps it in the content cache (home.routing).
    public_prefetch = ("audiences", "topics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing_page"] = content_cache.live_ancestor(self, GuidelineIndexPage)
        return context


class GuidelineAudience(code_row("audience", models.CharField(_("audience"), max_length=20, choices=vocab.AUDIENCES))):
    page = ParentalKey(GuidelinePage, related_name="audiences", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("audience")
        indexes = [models.Index(fields=["audience", "page"], name="guideline_audience_idx")]


class GuidelineTopic(code_row("topic", models.CharField(_("topic"), max_length=20, choices=vocab.TOPICS))):
    page = ParentalKey(GuidelinePage, related_name="topics", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("topic")


class QualityCharterPage(CachedViewRestrictions, Page):
    """The ten principles of the European Quality Charter for Mobility, in the page's language."""

    introduction = models.TextField(_("introduction"), max_length=800, blank=True)
    principles = StreamField(CharterStreamBlock(max_num=len(QUALITY_PRINCIPLES)), verbose_name=_("principles"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("principles")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("principles")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("introduction"),
        TranslatableField("principles"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("quality charter")


class PassportPage(CachedViewRestrictions, RoutablePageMixin, Page):
    """The pathway passport: online, printable, and as an A5 PDF booklet at ``pdf/``."""

    introduction = models.TextField(_("introduction"), max_length=800, blank=True)
    chapters = StreamField(PassportStreamBlock(), verbose_name=_("chapters"))
    back_cover = models.TextField(
        _("back cover"),
        max_length=600,
        blank=True,
        help_text=_("A short text printed on the back of the booklet, e.g. whom to call in an emergency."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("chapters"),
        FieldPanel("back_cover"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("chapters")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("introduction"),
        TranslatableField("chapters"),
        TranslatableField("back_cover"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("pathway passport")

    def chapters_by_phase(self):
        """``[{"code", "label", "chapters": [chapter values]}]`` in phase order, empty phases left out."""
        phases = [{"code": code, "label": label, "chapters": []} for code, label in vocab.PHASES]
        by_code = {phase["code"]: phase for phase in phases}
        for block in self.chapters:
            if block.block_type == "chapter":
                by_code.get(block.value["phase"], by_code["before"])["chapters"].append(block.value)
        return [phase for phase in phases if phase["chapters"]]

    @path("pdf/")
    def pdf(self, request):
        from .views import passport_pdf

        return passport_pdf(request, self)
