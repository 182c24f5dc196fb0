"""Domain queries on guidelines: by phase, by audience, and those a passport embeds."""

from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.query import PageQuerySet

from . import vocabularies as vocab


class GuidelineQuerySet(PageQuerySet):
    def in_phase(self, *phases):
        return self.filter(phase__in=phases)

    def for_audience(self, *audiences):
        from .models import GuidelineAudience

        return self.filter(pk__in=GuidelineAudience.objects.filter(audience__in=audiences).values("page_id"))

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
        from .models import GuidelineCountrySectionPage

        other_sections = GuidelineCountrySectionPage.objects.filter(locale=locale)
        if country:
            other_sections = other_sections.exclude(country=country)
        queryset = self.live().public().filter(locale=locale).for_audience(*vocab.PASSPORT_AUDIENCES)
        for section_path in other_sections.values_list("path", flat=True):
            queryset = queryset.exclude(path__startswith=section_path)
        return queryset.ordered()

    def matching(self, phases=(), audiences=()):
        condition = Q()
        if phases:
            condition &= Q(phase__in=phases)
        queryset = self.filter(condition)
        if audiences:
            queryset = queryset.for_audience(*audiences)
        return queryset
