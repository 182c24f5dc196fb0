"""``MatchEntry``: one row per live, public opportunity page (so per opportunity and locale).

A denormalised copy of what matching needs, in indexed columns of one table, so
that candidates come from one query without joins: support as a bit mask,
language requirements as bit masks (for SQL) and as text (for the engine).
Derived data only: ``manage.py rebuild_match_index`` recreates it at any time
(run it after changing the SUPPORT or LANGUAGES vocabularies, whose order sets
the bits). Kept current by ``opportunities.matching.signals`` (connected in ``MatchingConfig.ready()``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MatchEntry(models.Model):
    page = models.OneToOneField(
        "opportunities.OpportunityPage", on_delete=models.CASCADE, primary_key=True, related_name="match_entry"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=255)
    country = models.CharField(max_length=2)
    sector = models.CharField(max_length=1)
    eqf_min = models.PositiveSmallIntegerField()
    eqf_max = models.PositiveSmallIntegerField()
    duration_min_weeks = models.PositiveSmallIntegerField()
    duration_max_weeks = models.PositiveSmallIntegerField()
    application_deadline = models.DateField()
    age_min = models.PositiveSmallIntegerField()
    age_max = models.PositiveSmallIntegerField()
    # Bit i set = SUPPORT[i] offered (vocabulary order).
    support_mask = models.IntegerField(default=0)
    # Requirement (language, level) as one bit; see opportunities.matching.index.language_bit().
    language_bits_0 = models.BigIntegerField(default=0)
    language_bits_1 = models.BigIntegerField(default=0)
    language_bits_2 = models.BigIntegerField(default=0)
    languages = models.CharField(max_length=200, blank=True, help_text="Alternatives, e.g. 'de:B1,en:B2'.")
    start_dates = models.TextField(blank=True, help_text="ISO dates, comma-separated.")
    keywords = models.TextField(blank=True, help_text="Normalised title, search keywords and tags.")

    class Meta:
        verbose_name = _("match index entry")
        verbose_name_plural = _("match index entries")
        indexes = [
            models.Index(fields=["locale", "application_deadline"], name="match_locale_deadline_idx"),
            models.Index(fields=["locale", "country", "sector"], name="match_locale_country_idx"),
            models.Index(fields=["locale", "sector"], name="match_locale_sector_idx"),
        ]

    def __str__(self):
        return f"{self.title} ({self.country}, {self.sector})"
