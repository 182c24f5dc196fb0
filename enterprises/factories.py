"""factory_boy factories for organisation profiles and employer registrations (wagtail-factories handles the tree)."""

import factory
import wagtail_factories

from home.factories import CountrySectionFactory


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Enterprises and social partners"
    slug = "enterprises"

    class Meta:
        model = "enterprises.OrganisationIndexPage"


class OrganisationCountrySectionPageFactory(CountrySectionFactory):
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
