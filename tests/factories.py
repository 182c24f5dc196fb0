"""factory_boy factories, one per page type (wagtail-factories handles the tree)."""

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
