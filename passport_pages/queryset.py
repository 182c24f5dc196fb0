"""Domain queries on guidelines: by phase, audience and country, and those a passport embeds.

Each filter method is the single place where its condition is written: the
listing applies them through the facets of ``passport_pages.filters``.
"""

from django.db.models import Case, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Length, Substr
from wagtail.query import PageQuerySet

from home.content_cache import CachedPublicQuerySet

from . import vocabularies as vocab


def section_country():
    """The country of the section a guideline is in, NULL for a network-wide one (an expression).

    A country section's path is the start of the paths of every page below it.
    """
    from .models import GuidelineCountrySectionPage

    sections = GuidelineCountrySectionPage.objects.filter(path=Substr(OuterRef("path"), 1, Length("path")))
    return Subquery(sections.values("country")[:1])


class GuidelineQuerySet(CachedPublicQuerySet, PageQuerySet):
    def in_phase(self, *phases):
        return self.filter(phase__in=phases)

    def for_audience(self, *audiences):
        from .models import GuidelineAudience

        return self.filter(pk__in=GuidelineAudience.objects.filter(audience__in=audiences).values("page_id"))

    def in_country(self, *countries):
        """Guidelines in the section of any of ``countries`` (not the network-wide ones)."""
        return self.alias(section_country=section_country()).filter(section_country__in=countries)

    def ordered(self):
        """Before, during, after; within a phase, in the order of the page tree."""
        phase_rank = Case(
            *[When(phase=code, then=Value(rank)) for code, rank in vocab.PHASE_ORDER.items()],
            default=Value(len(vocab.PHASE_ORDER)),
            output_field=IntegerField(),
        )
        return self.annotate(phase_rank=phase_rank).order_by("phase_rank", "path")

    def for_passport(self, locale, country=None):
        """Live guidelines of ``locale`` whose checklists a personalised passport prints.

        Written for the trainee, network-wide or (when ``country`` is given) that
        country's own: a guideline in another country's section is left out.
        """
        own = Q(section_country__isnull=True)
        if country:
            own |= Q(section_country=country)
        queryset = self.live().public().filter(locale=locale).for_audience(*vocab.PASSPORT_AUDIENCES)
        return queryset.alias(section_country=section_country()).filter(own).ordered()
