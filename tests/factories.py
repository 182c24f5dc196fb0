"""factory_boy factories, one per page type (wagtail-factories handles the tree)."""

import datetime

import factory
import wagtail_factories

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Your vocational training abroad starts here"
    hero_text = "Find a placement in another European country."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    slug = factory.Sequence(lambda n: f"content-{n}")
    introduction = "An introduction."
    show_in_footer = False

    class Meta:
        model = ContentPage


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Opportunities"
    slug = "opportunities"

    class Meta:
        model = "opportunities.OpportunityIndexPage"


class CountrySectionPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: o.country)
    slug = factory.LazyAttribute(lambda o: o.country.lower())
    country = "DE"

    class Meta:
        model = "opportunities.CountrySectionPage"


class OpportunityPageFactory(wagtail_factories.PageFactory):
    """An open work placement; pass ``start_dates``, ``languages`` (``[("de", "A2")]``) and ``supports``."""

    title = factory.Sequence(lambda n: f"Placement {n}")
    slug = factory.Sequence(lambda n: f"placement-{n}")
    summary = "Work in a team and learn the trade."
    country = "DE"
    city = "Berlin"
    sector = "I"
    field_of_education = "10"
    opportunity_type = "work_placement"
    eqf_min = 2
    eqf_max = 4
    duration_min_weeks = 4
    duration_max_weeks = 12
    application_deadline = factory.LazyFunction(lambda: _today() + datetime.timedelta(days=30))
    places = 2
    age_min = 16
    age_max = 29
    contact_role = "Mobility coordinator"
    contact_email = "mobility@example.org"

    class Meta:
        model = "opportunities.OpportunityPage"
        skip_postgeneration_save = True

    @factory.post_generation
    def rows(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's signature
        """Child rows; saved with a new published revision so that they are live."""
        from opportunities.models import OpportunityLanguage, OpportunityStartPeriod, OpportunitySupport

        start_dates = kwargs.get("start_dates") or [obj.application_deadline + datetime.timedelta(days=30)]
        obj.start_periods = [OpportunityStartPeriod(start_date=d) for d in start_dates]
        obj.languages = [OpportunityLanguage(language=c, min_level=lvl) for c, lvl in kwargs.get("languages", [])]
        obj.supports = [OpportunitySupport(support=s) for s in kwargs.get("supports", [])]
        if create:
            obj.save()
            obj.save_revision().publish()


def _today():
    from django.utils import timezone

    return timezone.localdate()


# --- Guidelines, quality charter and passport (passport_pages) -----------------
class GuidelineIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guidelines"
    slug = "guidelines"
    introduction = "Support before, during and after your stay."

    class Meta:
        model = "passport_pages.GuidelineIndexPage"


class GuidelineCountrySectionPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: o.country)
    slug = factory.LazyAttribute(lambda o: o.country.lower())
    country = "DE"

    class Meta:
        model = "passport_pages.GuidelineCountrySectionPage"


class GuidelinePageFactory(wagtail_factories.PageFactory):
    """A published guideline; pass ``rows__audiences`` (default ``["trainee"]``) and ``rows__topics``."""

    title = factory.Sequence(lambda n: f"Guideline {n}")
    slug = factory.Sequence(lambda n: f"guideline-{n}")
    phase = "before"
    introduction = "What to do and why."
    body = factory.LazyAttribute(
        lambda o: [("checklist", {"title": f"{o.title}: checklist", "items": ["First thing", "Second thing"]})]
    )

    class Meta:
        model = "passport_pages.GuidelinePage"
        skip_postgeneration_save = True

    @factory.post_generation
    def rows(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's signature
        from passport_pages.models import GuidelineAudience, GuidelineTopic

        obj.audiences = [GuidelineAudience(audience=code) for code in kwargs.get("audiences", ["trainee"])]
        obj.topics = [GuidelineTopic(topic=code) for code in kwargs.get("topics", [])]
        if create:
            obj.save()
            obj.save_revision().publish()


class QualityCharterPageFactory(wagtail_factories.PageFactory):
    title = "Quality charter"
    slug = "quality-charter"
    introduction = "What every partner commits to."
    principles = factory.LazyFunction(
        lambda: [
            ("principle", {"principle": "information_guidance", "title": "Information", "explanation": "Clear."}),
            ("principle", {"principle": "mentoring", "title": "Mentoring", "explanation": "A mentor for you."}),
        ]
    )

    class Meta:
        model = "passport_pages.QualityCharterPage"


def _passport_chapters():
    return [
        (
            "chapter",
            {
                "phase": "before",
                "title": "My preparation",
                "intro": "Tick what is done.",
                "prompts": [
                    {"text": "My passport is valid", "space": "tick", "lines": 1},
                    {"text": "What I want to learn", "space": "lines", "lines": 4},
                ],
            },
        ),
        (
            "chapter",
            {
                "phase": "during",
                "title": "My diary",
                "intro": "",
                "prompts": [{"text": "My first week", "space": "box", "lines": 6}],
            },
        ),
        (
            "chapter",
            {
                "phase": "after",
                "title": "Next steps",
                "intro": "",
                "prompts": [{"text": "What I will do next", "space": "lines", "lines": 3}],
            },
        ),
    ]


class PassportPageFactory(wagtail_factories.PageFactory):
    title = "Pathway passport"
    slug = "passport"
    introduction = "Your booklet for the stay abroad."
    back_cover = "Keep this booklet with you."
    chapters = factory.LazyFunction(_passport_chapters)

    class Meta:
        model = "passport_pages.PassportPage"


# --- Organisation profiles and employer registrations (enterprises) -------------
class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Enterprises and social partners"
    slug = "enterprises"

    class Meta:
        model = "enterprises.OrganisationIndexPage"


class OrganisationCountrySectionPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: o.country)
    slug = factory.LazyAttribute(lambda o: o.country.lower())
    country = "DE"

    class Meta:
        model = "enterprises.OrganisationCountrySectionPage"


class EnterprisePageFactory(wagtail_factories.PageFactory):
    """A live profile; pass ``rows__sectors`` (default ``["C"]``), ``rows__languages``,
    ``rows__supports`` and ``rows__commitments`` (lists of codes)."""

    title = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    country = "DE"
    city = "Stuttgart"
    description = "<p>We build machines and train apprentices.</p>"
    contact_role = "Training manager"
    contact_email = "training@example.org"

    class Meta:
        model = "enterprises.EnterprisePage"
        skip_postgeneration_save = True

    @factory.post_generation
    def rows(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy's signature
        from enterprises.models import (
            OrganisationCommitment,
            OrganisationLanguage,
            OrganisationSector,
            OrganisationSupport,
        )

        obj.sectors = [OrganisationSector(sector=code) for code in kwargs.get("sectors", ["C"])]
        obj.languages = [OrganisationLanguage(language=code) for code in kwargs.get("languages", [])]
        obj.supports = [OrganisationSupport(support=code) for code in kwargs.get("supports", [])]
        obj.commitments = [OrganisationCommitment(principle=code) for code in kwargs.get("commitments", [])]
        if create:
            obj.save()  # live already; no revision needed (keeps the tests fast)


class SocialPartnerPageFactory(EnterprisePageFactory):
    partner_type = "chamber"

    class Meta:
        model = "enterprises.SocialPartnerPage"
        skip_postgeneration_save = True


class VetProviderPageFactory(EnterprisePageFactory):
    mobility_role = "both"

    class Meta:
        model = "enterprises.VetProviderPage"
        skip_postgeneration_save = True


class EmployerRegistrationFactory(factory.django.DjangoModelFactory):
    """A registration confirmed by its registrant and waiting for moderation (``status="pending"``)."""

    organisation_name = factory.Sequence(lambda n: f"Bäckerei Nummer {n}")
    kind = "enterprise"
    country = "DE"
    city = "Leipzig"
    sector = "C"
    website = "https://www.example.org"
    contact_email = factory.Sequence(lambda n: f"training{n}@example.org")
    contact_role = "Training manager"
    places = 2
    periods = "September to December"
    supports = factory.LazyFunction(lambda: ["local_buddy"])
    languages = factory.LazyFunction(lambda: ["de", "en"])
    message = "We would like to host two trainees."
    language = "de"
    consent_version = "2026-11"
    consented_at = factory.LazyFunction(lambda: _now())
    status = "pending"
    confirmed_at = factory.LazyFunction(lambda: _now())

    class Meta:
        model = "enterprises.EmployerRegistration"


def _now():
    from django.utils import timezone

    return timezone.now()
