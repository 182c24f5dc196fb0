"""Signals that opportunities sends for apps that keep data derived from opportunity pages.

``opportunities_bulk_loaded``: ``bench.bulk.load()`` inserted pages and
child rows directly (no ``post_save``, no ``page_published``); sent once at the
end with ``locale`` (the pages' ``Locale``) and ``log`` (a print-like callable
for progress). Receivers rebuild what they derive, e.g. ``opportunities.matching``
its match table.
"""

from django.dispatch import Signal
from django.utils.dateparse import parse_datetime

opportunities_bulk_loaded = Signal()


# --- "Newest": the source page's first publication, shared by every language ----------------
FIRST_PUBLISHED = "source_first_published_at"


def source_first_publication(page):
    """When the source-language page of ``page`` was first published, or None.

    The source is the locale wagtail-localize translated from (the earliest ``TranslationSource``
    of the page's ``translation_key``); without one, the page itself, or the page an alias
    follows. When the source was never published (a translation went live first), the earliest
    first publication among the key's pages stands in, so the placement still sorts.
    """
    from wagtail_localize.models import TranslationSource

    from .models import OpportunityPage

    siblings = OpportunityPage.objects.filter(translation_key=page.translation_key)
    source_locale_id = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by("created_at", "pk")
        .values_list("locale_id", flat=True)
        .first()
    )
    if source_locale_id is not None:
        source = siblings.filter(locale_id=source_locale_id).first()
    elif page.alias_of_id:
        source = siblings.filter(pk=page.alias_of_id).first()
    else:
        source = page
    if source is not None and source.first_published_at is not None:
        return source.first_published_at
    earliest = siblings.filter(alias_of__isnull=True, first_published_at__isnull=False).order_by("first_published_at")
    return earliest.values_list("first_published_at", flat=True).first() or page.first_published_at


def set_source_first_published_at(sender, instance, revision=None, **kwargs):
    """``page_published`` receiver: every page of the placement (translations, aliases) gets the
    source's first publication.

    Runs on every publication, because a revision saved before the first one carries no value
    and would reset the field: the published revision's content is mended too, so that the
    aliases Wagtail updates right after this signal (from that content) and later drafts keep it.
    """
    from .models import OpportunityPage

    if not isinstance(instance, OpportunityPage):
        return
    value = source_first_publication(instance)
    if value is None:
        return
    # Milliseconds, as a revision's JSON keeps them: the pages and their revisions then agree.
    value = value.replace(microsecond=value.microsecond // 1000 * 1000)
    instance.source_first_published_at = value
    OpportunityPage.objects.filter(translation_key=instance.translation_key).exclude(**{FIRST_PUBLISHED: value}).update(
        **{FIRST_PUBLISHED: value}
    )
    if revision is not None and isinstance(revision.content, dict):
        stored = revision.content.get(FIRST_PUBLISHED)
        if isinstance(stored, str):
            stored = parse_datetime(stored)
        if stored != value:
            revision.content[FIRST_PUBLISHED] = value
            type(revision).objects.filter(pk=revision.pk).update(content=revision.content)


def fill_after_bulk_load(sender, locale=None, log=print, **kwargs):
    """``opportunities_bulk_loaded`` receiver: bulk-loaded pages are their own sources (no
    ``page_published``), so their first publication is the source's."""
    from django.db.models import OuterRef, Subquery
    from wagtail.models import Page

    from .models import OpportunityPage

    pages = OpportunityPage.objects.filter(source_first_published_at__isnull=True, first_published_at__isnull=False)
    if locale is not None:
        pages = pages.filter(locale=locale)
    # first_published_at is on Page's table: an UPDATE of this table reads it through a subquery.
    first = Page.objects.filter(pk=OuterRef("pk")).values("first_published_at")[:1]
    count = pages.update(source_first_published_at=Subquery(first))
    log(f"source_first_published_at set on {count} pages")


def connect():
    """Wired by ``OpportunitiesConfig.ready()``."""
    from wagtail.signals import page_published

    page_published.connect(set_source_first_published_at, dispatch_uid="opportunities_source_first_published_at")
    opportunities_bulk_loaded.connect(fill_after_bulk_load, dispatch_uid="opportunities_bulk_first_published_at")
