"""The search log: which words were searched and found nothing, per language and day.

Wagtail's own search-hit log (``wagtail.contrib.search_promotions``: ``Query`` and
``QueryDailyHits``) counts every search by its words; this adds, for the same ``Query``,
the days and languages on which it found nothing, for the editors' report
("Searches with no result"). Words only: nothing about the visitor is stored.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class NoResultSearch(models.Model):
    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="no_result_days")
    language = models.CharField(_("language"), max_length=12)
    date = models.DateField(_("date"), db_index=True)
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search with no result")
        verbose_name_plural = _("searches with no result")
        constraints = [
            models.UniqueConstraint(fields=["query", "language", "date"], name="site_search_no_result_day"),
        ]

    def __str__(self):
        return f"{self.query.query_string} ({self.language}, {self.date})"
