"""Organisation profiles and the tree they live in.

    HomePage
      OrganisationIndexPage            /<lang>/enterprises/  (listing, registration form)
        OrganisationCountrySectionPage /<lang>/enterprises/de/  (editing rights follow it)
          EnterprisePage               /<lang>/enterprises/de/<slug>/
          SocialPartnerPage            (chamber, trade union, employer association)
          VetProviderPage              (sending or hosting VET organisation)

The three profile types share one concrete base, ``OrganisationPage``, which holds
what they have in common: the listing filters and counts them in one table, and
the multi-valued codes (sectors, languages, support, quality commitments) are
inline rows of that base (wagtail-localize skips many-to-many fields). The base is
not creatable: editors choose one of the three kinds.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import content_cache
from home import vocabularies as vocab
from home.code_rows import CommitmentRow, LanguageRow, SupportRow, code_row
from home.content_cache import CachedViewRestrictions
from home.sections import CountrySection

from .. import vocabularies as evocab
from ..forms import OrganisationPageForm
from ..queryset import OrganisationQuerySet


class OrganisationIndexPage(CachedViewRestrictions, RoutablePageMixin, Page):
    """`/<lang>/enterprises/`: the listing of profiles and the employer registration form."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    register_introduction = models.TextField(
        _("registration introduction"),
        max_length=800,
        blank=True,
        help_text=_("Shown above the employer registration form: what hosting a trainee involves."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("register_introduction")]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        TranslatableField("introduction"),
        TranslatableField("register_introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["enterprises.OrganisationCountrySectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation listing")

    def organisations(self):
        """Live, public profiles of this page's language (translations and aliases)."""
        return OrganisationPage.objects.live().public().filter(locale_id=self.locale_id)

    @path("", name="listing")
    def listing(self, request):
        from ..views import listing

        return listing(request, self)

    @path("register/", name="register")
    def register(self, request):
        from ..views import register

        return register(request, self)

    @path("register/thanks/", name="register_thanks")
    def register_thanks(self, request):
        from ..views import register_thanks

        return register_thanks(request, self)

    # The signed token's three parts ("key:timestamp:signature") as path segments:
    # Wagtail's page URLs allow only letters, digits, "_" and "-" in a segment.
    @path("register/confirm/<str:key>/<str:stamp>/<str:signature>/", name="register_confirm")
    def register_confirm(self, request, key, stamp, signature):
        from ..views import register_confirm

        return register_confirm(request, self, f"{key}:{stamp}:{signature}")


class OrganisationCountrySectionPage(CountrySection):
    """One country's organisation profiles: its editors' rights, and ``?country=`` on the listing for visitors."""

    parent_page_types = ["enterprises.OrganisationIndexPage"]
    subpage_types = ["enterprises.EnterprisePage", "enterprises.SocialPartnerPage", "enterprises.VetProviderPage"]

    class Meta:
        verbose_name = _("organisation country section")
        verbose_name_plural = _("organisation country sections")


class OrganisationTag(TaggedItemBase):
    content_object = ParentalKey("enterprises.OrganisationPage", related_name="tagged_items", on_delete=models.CASCADE)


OrganisationPageManager = PageManager.from_queryset(OrganisationQuerySet)


class OrganisationPage(CachedViewRestrictions, Page):
    """What every organisation profile has; not creatable itself (choose one of the three kinds)."""

    KIND = ""  # each concrete kind sets its code (enterprises.vocabularies.KINDS)

    kind = models.CharField(_("kind"), max_length=20, choices=evocab.KINDS, editable=False, db_index=True)
    country = models.CharField(_("country"), max_length=2, choices=vocab.COUNTRIES, db_index=True)
    city = models.CharField(_("city"), max_length=100)
    size = models.CharField(_("size"), max_length=10, choices=evocab.SIZES, blank=True)
    description = RichTextField(
        _("description"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the organisation does and what a trainee would do there, in plain language."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), max_length=200, blank=True)
    contact_role = models.CharField(
        _("contact role"),
        max_length=120,
        blank=True,
        help_text=_("A role, not a private person, e.g. 'Training manager'."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("A role address, e.g. training@example.org.")
    )
    address = models.TextField(_("postal address"), max_length=300, blank=True)
    tags = ClusterTaggableManager(through=OrganisationTag, blank=True, verbose_name=_("tags"))

    objects = OrganisationPageManager()
    base_form_class = OrganisationPageForm
    # Fetched with the page when routing keeps it in the content cache (home.routing).
    public_prefetch = ("sectors", "languages", "supports", "commitments", "tags")

    is_creatable = False
    parent_page_types = ["enterprises.OrganisationCountrySectionPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("country"), FieldPanel("city")]), FieldPanel("address")],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("size"), InlinePanel("sectors", label=_("Sectors"), min_num=1)],
            heading=_("What"),
        ),
        FieldPanel("logo"),
    ]
    hosting_panels = [
        InlinePanel("languages", label=_("Languages spoken")),
        InlinePanel("supports", label=_("Support offered")),
        InlinePanel("commitments", label=_("Quality commitments")),
    ]
    contact_panels = [
        FieldPanel("website"),
        FieldRowPanel([FieldPanel("contact_role"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("tags")]

    # The labels of the codes are indexed in the page's own language (search_facts).
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("search_facts"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("city"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]

    # Codes, links and addresses are the same in every language; text is translated.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("size", overridable=False),
        SynchronizedField("logo", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("contact_email", overridable=False),
        SynchronizedField("address", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("languages", overridable=False),
        SynchronizedField("supports", overridable=False),
        SynchronizedField("commitments", overridable=False),
        SynchronizedField("tagged_items", overridable=False),
        TranslatableField("city"),
        TranslatableField("description"),
        TranslatableField("contact_role"),
    ]

    template = "enterprises/organisation_page.html"

    class Meta:
        verbose_name = _("organisation profile")
        indexes = [models.Index(fields=["country", "kind"], name="organisation_facets_idx")]

    @classmethod
    def edit_handler_for(cls, extra_panels=()):
        return TabbedInterface(
            [
                ObjectList(cls.content_panels + list(extra_panels), heading=_("Content")),
                ObjectList(cls.hosting_panels, heading=_("Hosting trainees")),
                ObjectList(cls.contact_panels, heading=_("Contact")),
                ObjectList(cls.promote_panels, heading=_("Promote")),
                ObjectList(Page.settings_panels, heading=_("Settings")),
            ]
        )

    def save(self, *args, **kwargs):
        if self.KIND:
            self.kind = self.KIND
        return super().save(*args, **kwargs)

    # --- Presentation helpers (codes -> translated labels) -----------------
    def get_country_display_label(self):
        return vocab.label(vocab.COUNTRIES, self.country)

    def get_kind_display_label(self):
        return vocab.label(evocab.KINDS, self.kind)

    def sector_labels(self):
        return [vocab.label(vocab.SECTORS, row.sector) for row in self.sectors.all()]

    @classmethod
    def get_indexed_objects(cls):
        """What ``search_facts`` reads, fetched with the pages when the index is rebuilt."""
        return (
            super().get_indexed_objects().select_related("locale").prefetch_related("sectors", "languages", "supports")
        )

    def search_facts(self):
        """What a trainee may type about this organisation, in the page's language: the labels of
        its country, kind, sectors, languages and support."""
        from django.utils import translation

        codes = [
            (vocab.COUNTRIES, self.country),
            (evocab.KINDS, self.kind),
            *((vocab.SECTORS, row.sector) for row in self.sectors.all()),
            *((vocab.LANGUAGES, row.language) for row in self.languages.all()),
            *((vocab.SUPPORT, row.support) for row in self.supports.all()),
        ]
        with translation.override(self.locale.language_code):
            return " · ".join(vocab.label(vocabulary, code) for vocabulary, code in codes if code)

    def hosted_opportunities(self):
        """Live opportunities naming this organisation as host, in this page's language.

        ``OpportunityPage.host_organisation`` is synchronised between languages, so a
        translated opportunity may point at the profile in the source language: match
        on the profile's translation key, not on its id.
        """
        from opportunities.models import OpportunityPage

        return (
            OpportunityPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, host_organisation__translation_key=self.translation_key)
            .order_by("application_deadline", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hosted_opportunities"] = self.hosted_opportunities()
        context["listing_page"] = content_cache.live_ancestor(self, OrganisationIndexPage)
        return context


class EnterprisePage(OrganisationPage):
    """A company that hosts trainees."""

    KIND = "enterprise"
    edit_handler = OrganisationPage.edit_handler_for()
    parent_page_types = ["enterprises.OrganisationCountrySectionPage"]
    subpage_types = []
    template = "enterprises/organisation_page.html"

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")


class SocialPartnerPage(OrganisationPage):
    """A chamber, trade union or employer association."""

    KIND = "social_partner"
    partner_type = models.CharField(
        _("type of social partner"), max_length=30, choices=evocab.SOCIAL_PARTNER_TYPES, blank=True
    )

    edit_handler = OrganisationPage.edit_handler_for([FieldPanel("partner_type")])
    override_translatable_fields = OrganisationPage.override_translatable_fields + [
        SynchronizedField("partner_type", overridable=False)
    ]
    parent_page_types = ["enterprises.OrganisationCountrySectionPage"]
    subpage_types = []
    template = "enterprises/organisation_page.html"

    class Meta:
        verbose_name = _("social partner")
        verbose_name_plural = _("social partners")


class VetProviderPage(OrganisationPage):
    """A vocational school or training centre that sends or hosts learners."""

    KIND = "vet_provider"
    mobility_role = models.CharField(
        _("role in mobility"), max_length=10, choices=evocab.VET_PROVIDER_ROLES, default="both"
    )

    edit_handler = OrganisationPage.edit_handler_for([FieldPanel("mobility_role")])
    override_translatable_fields = OrganisationPage.override_translatable_fields + [
        SynchronizedField("mobility_role", overridable=False)
    ]
    parent_page_types = ["enterprises.OrganisationCountrySectionPage"]
    subpage_types = []
    template = "enterprises/organisation_page.html"

    class Meta:
        verbose_name = _("VET provider")
        verbose_name_plural = _("VET providers")


PROFILE_MODELS = {"enterprise": EnterprisePage, "social_partner": SocialPartnerPage, "vet_provider": VetProviderPage}


# --- Inline rows (multi-valued codes) ------------------------------------------
class OrganisationSector(
    code_row("sector", models.CharField(_("sector (NACE section)"), max_length=1, choices=vocab.SECTORS))
):
    page = ParentalKey(OrganisationPage, related_name="sectors", on_delete=models.CASCADE)
    nace_revision = models.CharField(_("NACE revision"), max_length=4, default=vocab.NACE_REVISION, editable=False)

    class Meta(Orderable.Meta):
        verbose_name = _("sector")
        indexes = [models.Index(fields=["sector", "page"], name="organisation_sector_idx")]


class OrganisationLanguage(LanguageRow):
    page = ParentalKey(OrganisationPage, related_name="languages", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("language spoken")


class OrganisationSupport(SupportRow):
    page = ParentalKey(OrganisationPage, related_name="supports", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("support offered")


class OrganisationCommitment(CommitmentRow):
    page = ParentalKey(OrganisationPage, related_name="commitments", on_delete=models.CASCADE)

    class Meta(Orderable.Meta):
        verbose_name = _("quality commitment")
