"""Where each page type may live."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_under_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_content_pages_live_under_a_home_page_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage})
        self.assertAllowedSubpageTypes(ContentPage, {})
