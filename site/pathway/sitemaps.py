from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from home.public_urls import absolute_url


class LocalizedSitemap(Sitemap):
    """Every live, public page of every locale, leaving out untranslated aliases.

    Wagtail's stock sitemap walks only the default site root, i.e. one locale.
    Here the roots are every translation of the site's root page; aliases (a page
    not yet translated, showing its source's content) are left out, since their
    canonical page is the source.
    """

    def _urls(self, page, protocol, domain):
        """Each page's entries with their locations on the public base URL (``WAGTAILADMIN_BASE_URL``)."""
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            url_info["location"] = absolute_url(url_info["location"])
        return urls

    def items(self):
        site = Site.find_for_request(self.request) if self.request else Site.objects.get(is_default_site=True)
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().filter(alias_of__isnull=True).order_by("path").defer_streamfields().specific()
