"""Which translations are out of date: their source was published after them.

wagtail-localize synchronises codes and dates at once, but translated text waits
for a translator. A translation whose source page (the same translation key in
the source language) was published later than the translation itself is out of
date; translators see it in the "Out-of-date translations" report and as a
warning when they open such a page.
"""

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from wagtail.models import Page


def with_source_published_at(queryset):
    source = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    ).values("last_published_at")[:1]
    return queryset.annotate(source_published_at=Subquery(source))


def outdated(queryset):
    """Translated (not alias) pages, other than the source language, older than their source."""
    return with_source_published_at(
        queryset.exclude(locale__language_code=settings.LANGUAGE_CODE).filter(alias_of__isnull=True)
    ).filter(source_published_at__gt=F("last_published_at"))


def is_outdated(page):
    return outdated(Page.objects.filter(pk=page.pk)).exists()
