"""Opportunity pages and the tree they live in.

    HomePage
      OpportunityIndexPage   /<lang>/opportunities/  (listing, RSS and Atom feeds, follow page)
        CountrySectionPage   /<lang>/opportunities/de/  (editing rights follow it)
          OpportunityPage    /<lang>/opportunities/de/<slug>/

Codes, numbers and dates are synchronised between languages; text is translated.
Multi-valued codes are inline child rows (wagtail-localize skips many-to-many).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import content_cache
from home import vocabularies as vocab
from home.code_rows import CommitmentRow, LanguageRow, SupportRow
from home.content_cache import CachedViewRestrictions
from home.page_images import PageImage, image_fields, image_panel, image_translation
from home.search_values import search_value
from home.sections import CountrySection

from .blocks import LearningOutcomesBlock
from .forms import OpportunityPageForm
from .queryset import OpportunityQuerySet, today


class OpportunityIndexPage(CachedViewRestrictions, RoutablePageMixin, Page):
    """The listing of every country's opportunities, with its feed and iCalendar."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.CountrySectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("opportunity listing")

    def opportunities(self):
        """Live opportunities of this page's language (translations and aliases)."""
        return OpportunityPage.objects.live().public().filter(locale_id=self.locale_id)

    @path("")
    def listing(self, request):
        from .views import listing

        return listing(request, self)

    @path("feed/")
    def feed(self, request):
        from .feeds import OpportunityFeed

        return OpportunityFeed(self)(request)

    @path("feed/atom/")
    def feed_atom(self, request):
        from .feeds import OpportunityAtomFeed

        return OpportunityAtomFeed(self)(request)

    @path("follow/")
    def follow(self, request):
        from .feeds import follow_view

        return follow_view(request, self)


class CountrySectionPage(CountrySection):
    """One host country's opportunities: its editors' rights, and ``?country=`` on the listing for visitors."""

    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = ["opportunities.OpportunityPage"]

    class Meta:
        verbose_name = _("country section")
        verbose_name_plural = _("country sections")


class OpportunityTag(TaggedItemBase):
    content_object = ParentalKey("opportunities.OpportunityPage", related_name="tagged_items", on_delete=models.CASCADE)


OpportunityPageManager = PageManager.from_queryset(OpportunityQuerySet)


class OpportunityPage(PageImage, CachedViewRestrictions, RoutablePageMixin, Page):
    """A VET opportunity abroad: what a trainee reads, filters and is matched against.

    Its ``share-image/`` route draws the card that link previews show when the editor chose
    no image (``home.share_image``).
    """

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three short sentences a 16-year-old understands.")
    )
    host_organisation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_opportunities",
        help_text=_("The organisation's profile page."),
    )
    country = models.CharField(_("host country"), max_length=2, choices=vocab.COUNTRIES, db_index=True)
    city = models.CharField(_("city"), max_length=100)
    region = models.CharField(_("region"), max_length=100, blank=True)
    sector = models.CharField(_("sector (NACE section)"), max_length=1, choices=vocab.SECTORS, db_index=True)
    nace_revision = models.CharField(_("NACE revision"), max_length=4, default=vocab.NACE_REVISION, editable=False)
    field_of_education = models.CharField(
        _("field of education (ISCED-F)"), max_length=2, choices=vocab.FIELDS_OF_EDUCATION
    )
    eqf_min = models.PositiveSmallIntegerField(_("lowest EQF level"), choices=vocab.EQF_LEVELS, default=2)
    eqf_max = models.PositiveSmallIntegerField(_("highest EQF level"), choices=vocab.EQF_LEVELS, default=4)
    opportunity_type = models.CharField(
        _("type"), max_length=20, choices=vocab.OPPORTUNITY_TYPES, default="work_placement", db_index=True
    )
    duration_min_weeks = models.PositiveSmallIntegerField(
        _("shortest duration (weeks)"), validators=[MinValueValidator(1), MaxValueValidator(104)]
    )
    duration_max_weeks = models.PositiveSmallIntegerField(
        _("longest duration (weeks)"), validators=[MinValueValidator(1), MaxValueValidator(104)]
    )
    application_deadline = models.DateField(_("application deadline"), db_index=True)
    places = models.PositiveSmallIntegerField(_("places"), default=1, validators=[MinValueValidator(1)])
    age_min = models.PositiveSmallIntegerField(
        _("minimum age"), default=16, validators=[MinValueValidator(14), MaxValueValidator(99)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("maximum age"), default=29, validators=[MinValueValidator(14), MaxValueValidator(99)]
    )
    learning_outcomes = StreamField(LearningOutcomesBlock(), blank=True, verbose_name=_("learning outcomes"))
    costs_covered = RichTextField(_("costs covered"), blank=True, features=["bold", "ul", "link"])
    how_to_apply = RichTextField(_("how to apply"), blank=True, features=["bold", "ol", "ul", "link"])
    contact_role = models.CharField(
        _("contact role"), max_length=120, help_text=_("A role, not a private person, e.g. 'Mobility coordinator'.")
    )
    contact_email = models.EmailField(_("contact email"), help_text=_("A role address, e.g. mobility@example.org."))
    search_keywords = models.CharField(
        _("search keywords"),
        max_length=300,
        blank=True,
        help_text=_("Other words people may search for: synonyms, word forms, job titles."),
    )
    tags = ClusterTaggableManager(through=OpportunityTag, blank=True, verbose_name=_("tags"))
    # Optional; the same image in every language, its description translated. Without one the
    # page shows its sector's pictogram and shares a generated card (``share_image``).
    image, image_alt = image_fields(
        _("Optional: a photo of the workplace or the work. Without one, the sector's pictogram is shown.")
    )
    # The placement's key in a partner's spreadsheet: an import updates the page with the same ID
    # in its country section (``opportunities.spreadsheet``); the same in every language.
    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Your spreadsheet's ID for this placement: importing a row with this ID updates this page."),
    )
    # "Newest" everywhere (listing, feed, alerts): the first publication of the source-language
    # page, the same in every translation and alias; set by ``opportunities.signals``.
    source_first_published_at = models.DateTimeField(
        _("first published in the source language"), null=True, blank=True, editable=False, db_index=True
    )

    objects = OpportunityPageManager()
    base_form_class = OpportunityPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("host_organisation"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("city"), FieldPanel("region")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("field_of_education"), FieldPanel("opportunity_type")]),
                FieldRowPanel([FieldPanel("eqf_min"), FieldPanel("eqf_max")]),
            ],
            heading=_("What"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_min_weeks"), FieldPanel("duration_max_weeks")]),
                FieldRowPanel([FieldPanel("application_deadline"), FieldPanel("places")]),
                InlinePanel("start_periods", label=_("Start periods"), min_num=1),
            ],
            heading=_("When"),
        ),
        image_panel(),
    ]
    requirements_panels = [
        FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")], heading=_("Age")),
        InlinePanel("languages", label=_("Language requirements")),
    ]
    support_panels = [
        InlinePanel("supports", label=_("Support offered")),
        InlinePanel("commitments", label=_("Quality commitments")),
        FieldPanel("costs_covered"),
    ]
    learning_panels = [FieldPanel("learning_outcomes")]
    apply_panels = [
        FieldPanel("how_to_apply"),
        FieldRowPanel([FieldPanel("contact_role"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    promote_panels = Page.promote_panels + [
        FieldPanel("tags"),
        FieldPanel("search_keywords"),
        FieldPanel("external_id"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(requirements_panels, heading=_("Requirements")),
            ObjectList(support_panels, heading=_("Support")),
            ObjectList(learning_panels, heading=_("Learning outcomes")),
            ObjectList(apply_panels, heading=_("How to apply")),
            ObjectList(promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    # Title (boost 2, from Page) and summary rank above the rest; the labels of the codes are
    # indexed in the page's own language (search_facts), so "Irland" finds Irish placements.
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("search_keywords", boost=1.5),
        index.SearchField("city"),
        index.SearchField("search_facts"),
        index.SearchField("learning_outcomes"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("city"),
        index.FilterField("country"),
        index.FilterField("sector"),
        index.FilterField("opportunity_type"),
        index.FilterField("application_deadline"),
        index.FilterField("locale_id"),
    ]

    # Codes, numbers, dates and links are the same in every language; text is translated.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("host_organisation", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("sector", overridable=False),
        SynchronizedField("nace_revision", overridable=False),
        SynchronizedField("field_of_education", overridable=False),
        SynchronizedField("eqf_min", overridable=False),
        SynchronizedField("eqf_max", overridable=False),
        SynchronizedField("opportunity_type", overridable=False),
        SynchronizedField("duration_min_weeks", overridable=False),
        SynchronizedField("duration_max_weeks", overridable=False),
        SynchronizedField("application_deadline", overridable=False),
        SynchronizedField("places", overridable=False),
        SynchronizedField("age_min", overridable=False),
        SynchronizedField("age_max", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("start_periods", overridable=False),
        SynchronizedField("languages", overridable=False),
        SynchronizedField("supports", overridable=False),
        SynchronizedField("commitments", overridable=False),
        SynchronizedField("tagged_items", overridable=False),
        SynchronizedField("source_first_published_at", overridable=False),
        SynchronizedField("external_id", overridable=False),
        TranslatableField("summary"),
        TranslatableField("city"),
        TranslatableField("region"),
        TranslatableField("learning_outcomes"),
        TranslatableField("costs_covered"),
        TranslatableField("how_to_apply"),
        TranslatableField("contact_role"),
        TranslatableField("search_keywords"),
        *image_translation(),
    ]

    parent_page_types = ["opportunities.CountrySectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        indexes = [models.Index(fields=["country", "sector", "application_deadline"], name="opportunity_facets_idx")]

    # --- Presentation helpers (codes -> translated labels) -----------------
    @property
    def is_open(self):
        return self.application_deadline >= today()

    def get_country_display_label(self):
        return vocab.label(vocab.COUNTRIES, self.country)

    def get_sector_display_label(self):
        return vocab.label(vocab.SECTORS, self.sector)

    @classmethod
    def get_indexed_objects(cls):
        """What ``search_facts`` reads, fetched with the pages when the index is rebuilt."""
        return (
            super()
            .get_indexed_objects()
            .select_related("locale", "host_organisation")
            .prefetch_related("languages", "supports")
        )

    @search_value
    def search_facts(self):
        """What a trainee may type about this placement, in the page's language: the labels of its
        country, sector, type, field of education, support and languages, its region and host."""
        from django.utils import translation

        codes = [
            (vocab.COUNTRIES, self.country),
            (vocab.SECTORS, self.sector),
            (vocab.OPPORTUNITY_TYPES, self.opportunity_type),
            (vocab.FIELDS_OF_EDUCATION, self.field_of_education),
            *((vocab.LANGUAGES, row.language) for row in self.languages.all()),
            *((vocab.SUPPORT, row.support) for row in self.supports.all()),
        ]
        with translation.override(self.locale.language_code):
            labels = [vocab.label(vocabulary, code) for vocabulary, code in codes if code]
        return " · ".join([*labels, self.region, self._host_title()])

    def _host_title(self):
        """The host organisation's name, from its profile in this page's language when there is one."""
        host = self.host_organisation
        if host is None:
            return ""
        translated = (
            Page.objects.filter(translation_key=host.translation_key, locale_id=self.locale_id)
            .values_list("title", flat=True)
            .first()
        )
        return translated or host.title

    # --- Share card (home.share_image) ---------------------------------------
    def _share_card(self):
        """What this page's generated card shows, in its language, and the card's cache key."""
        from django.utils import translation

        from home import share_image as cards

        language = cards.language_of(self)
        with translation.override(language):
            site_name = translation.gettext("VET Pathway")
            facts = [self.get_country_display_label(), self.get_sector_display_label()]
        key = cards.cache_key(self.pk, self.live_revision_id, language, self.title, site_name, self.sector, *facts)
        return site_name, facts, key

    def share_image(self, request=None):
        """The image link previews show: the editor's image, else this page's generated card."""
        from home import share_image as cards
        from home.public_urls import page_url

        editors = self.image_share_card()
        if editors is not None:
            return editors
        url = page_url(self, request)
        if not url:
            return None
        _site_name, facts, key = self._share_card()
        return {
            # The version changes with what is drawn, so that previews fetch the new card.
            "url": f"{url.rstrip('/')}/{self.reverse_subpage('share_image_png')}?v={key[-12:]}",
            "width": cards.WIDTH,
            "height": cards.HEIGHT,
            "alt": " · ".join([self.title, *facts]),
        }

    @path("share-image/", name="share_image_png")
    def share_image_png(self, request):
        """This placement's generated share card, a 1200 x 630 PNG, drawn once per revision and language."""
        from home import pictograms
        from home import share_image as cards

        site_name, facts, key = self._share_card()
        pictogram = pictograms.symbol_id("sector", self.sector)
        png = cards.cached_png(key, lambda: cards.draw_card(site_name, self.title, facts, pictogram))
        return cards.png_response(png)

    # What the public page shows besides the page row: fetched with it when routing keeps the page
    # in the content cache (home.routing), so that a placement is served without a query.
    public_prefetch = ("start_periods", "languages", "supports", "commitments", "host_organisation")

    @cached_property
    def start_dates(self):
        return sorted(row.start_date for row in self.start_periods.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .jsonld import opportunity_json_ld

        context["json_ld"] = opportunity_json_ld(self, request)
        context["listing_page"] = content_cache.live_ancestor(self, OpportunityIndexPage)
        return context


class OpportunityStartPeriod(Orderable):
    page = ParentalKey(OpportunityPage, related_name="start_periods", on_delete=models.CASCADE)
    start_date = models.DateField(_("start date"), db_index=True)

    panels = [FieldPanel("start_date")]

    class Meta(Orderable.Meta):
        verbose_name = _("start period")


class OpportunityLanguage(LanguageRow):
    page = ParentalKey(OpportunityPage, related_name="languages", on_delete=models.CASCADE)
    min_level = models.CharField(_("minimum level (CEFR)"), max_length=2, choices=vocab.CEFR_LEVELS)

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("min_level")])]

    class Meta(Orderable.Meta):
        verbose_name = _("language requirement")
        indexes = [models.Index(fields=["language", "page"], name="opportunity_language_idx")]


class OpportunitySupport(SupportRow):
    page = ParentalKey(OpportunityPage, related_name="supports", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("support offered")
        indexes = [models.Index(fields=["support", "page"], name="opportunity_support_idx")]


class OpportunityCommitment(CommitmentRow):
    page = ParentalKey(OpportunityPage, related_name="commitments", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("quality commitment")


# The background imports of the placements spreadsheets (a model of this app, kept beside its views).
from .spreadsheet.jobs import SpreadsheetImport  # noqa: E402, F401
