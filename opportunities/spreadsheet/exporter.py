"""A country's placements (or the network's) in the template's columns.

Each page is exported as an editor sees it in the admin: its latest revision, draft included.
A page without an external ID gets ``wagtail-<page id>``, which the importer recognises, so
that export -> edit -> import updates the same pages.
"""

from django.conf import settings
from wagtail.models import Locale, Page

from .cells import page_cells
from .template import write_file
from .validate import FALLBACK_ID_PREFIX


def source_pages(countries=None):
    """Source-language placements (no aliases) of ``countries`` (all when None), in tree order."""
    from opportunities.models import CountrySectionPage, OpportunityPage

    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    pages = OpportunityPage.objects.filter(locale=locale, alias_of__isnull=True)
    if countries is not None:
        sections = CountrySectionPage.objects.filter(locale=locale, country__in=list(countries))
        paths = list(sections.values_list("path", flat=True))
        if not paths:
            return OpportunityPage.objects.none()
        from functools import reduce
        from operator import or_

        from django.db.models import Q

        pages = pages.filter(reduce(or_, [Q(path__startswith=path) for path in paths]))
    return pages.order_by("path").prefetch_related("start_periods", "languages", "supports", "commitments", "tags")


def rows(pages):
    """``{column: text}`` per page."""
    pages = list(pages)
    host_ids = {page.host_organisation_id for page in pages if page.host_organisation_id}
    hosts = dict(Page.objects.filter(pk__in=host_ids).values_list("pk", "slug"))
    found = []
    for page in pages:
        current = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        cells = page_cells(current, host_slugs=hosts)
        if not cells["external_id"]:
            cells["external_id"] = f"{FALLBACK_ID_PREFIX}{page.pk}"
        found.append(cells)
    return found


def export(fmt, countries=None):
    """The bytes of the export file in ``fmt`` (``csv`` or ``xlsx``)."""
    return write_file(fmt, rows(source_pages(countries)))
