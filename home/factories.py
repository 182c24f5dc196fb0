"""factory_boy factories for home's page types (wagtail-factories handles the tree).

Shared by every app's tests; import them from here.
"""

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


class CountrySectionFactory(wagtail_factories.PageFactory):
    """The base of each app's country-section factory (``home.sections.CountrySection``)."""

    title = factory.LazyAttribute(lambda o: o.country)
    slug = factory.LazyAttribute(lambda o: o.country.lower())
    country = "DE"

    class Meta:
        abstract = True
