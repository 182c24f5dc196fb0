"""Domain queries on opportunities: open/closed, and one method per listing filter.

Each filter method is the single place where its condition is written: the
listing, the feed, the iCalendar and the API apply them through the facets of
``opportunities.filters``.
"""

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.query import PageQuerySet

from home.content_cache import CachedPublicQuerySet

# "Newest first", wherever placements are listed by age (listing, RSS feed, alerts): the first
# publication of the source-language page, the same value in every translation and alias
# (``opportunities.signals``), indexed. Ties go by the key all of a placement's languages share.
NEWEST = ("-source_first_published_at", "translation_key")


def today():
    return timezone.localdate()


class OpportunityQuerySet(CachedPublicQuerySet, PageQuerySet):
    def newest_first(self):
        return self.order_by(*NEWEST)

    def open(self, on=None):
        """Applications still accepted: the deadline is today or later. Not a stored flag."""
        return self.filter(application_deadline__gte=on or today())

    def closed(self, on=None):
        return self.filter(application_deadline__lt=on or today())

    def in_country(self, *countries):
        return self.filter(country__in=countries)

    def in_sector(self, *sectors):
        return self.filter(sector__in=sectors)

    def of_type(self, *types):
        return self.filter(opportunity_type__in=types)

    def at_eqf_level(self, *levels):
        """Opportunities whose EQF range includes any of ``levels`` (numbers or their strings)."""
        condition = Q()
        for level in levels:
            condition |= Q(eqf_min__lte=int(level), eqf_max__gte=int(level))
        return self.filter(condition)

    def in_language(self, *languages):
        """Opportunities that work in any of ``languages`` (a requirement row in that language)."""
        from .models import OpportunityLanguage

        return self.filter(Exists(OpportunityLanguage.objects.filter(page=OuterRef("pk"), language__in=languages)))

    def offering_support(self, *supports):
        """Opportunities offering any of ``supports``."""
        from .models import OpportunitySupport

        return self.filter(Exists(OpportunitySupport.objects.filter(page=OuterRef("pk"), support__in=supports)))

    def matching_text(self, text):
        """A plain substring filter for the listing's ``q`` (site search is in the search app)."""
        condition = Q()
        for word in text.split()[:8]:
            condition &= (
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(city__icontains=word)
                | Q(search_keywords__icontains=word)
            )
        return self.filter(condition)
