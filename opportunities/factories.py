"""factory_boy factories for the opportunity page types (wagtail-factories handles the tree)."""

import datetime

import factory
import wagtail_factories

from home.factories import CountrySectionFactory


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Opportunities"
    slug = "opportunities"

    class Meta:
        model = "opportunities.OpportunityIndexPage"


class CountrySectionPageFactory(CountrySectionFactory):
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
