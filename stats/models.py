"""Usage counters: one row per day, measure and key, incremented atomically. No visitor data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UsageCount(models.Model):
    date = models.DateField(_("date"))
    measure = models.CharField(_("measure"), max_length=40)
    key = models.CharField(_("key"), max_length=20, blank=True, default="")
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("usage count")
        verbose_name_plural = _("usage counts")
        constraints = [models.UniqueConstraint(fields=["date", "measure", "key"], name="stats_usage_one_row_per_day")]
        indexes = [models.Index(fields=["measure", "date"], name="stats_usage_measure_date")]

    def __str__(self):
        return f"{self.date} {self.measure} {self.key}: {self.count}"
