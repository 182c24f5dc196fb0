"""An email alert: one followed search of the opportunity listing, sent as a digest.

No account: an alert is an email address, the listing's filters (a normalised query string),
the language it was asked for in, how often, and the consent given. Its life:

    unconfirmed --(the subscriber presses the button behind the emailed link)--> confirmed
    confirmed --(12 months after confirmation or the last renewal)--> a keep-link is emailed
    reminded --(the subscriber keeps it)--> confirmed, renewed; --(30 days without)--> deleted

Unconfirmed alerts are deleted after ``UNCONFIRMED_RETENTION_DAYS``. Unsubscribing deletes
the alert at once. ``key`` is random and only ever leaves the site signed, in links.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_ALERTS_PER_ADDRESS = 10
# At most this many alerts of one address wait for confirmation at a time: the form cannot be
# used to fill a stranger's inbox (each waits at most UNCONFIRMED_RETENTION_DAYS).
MAX_UNCONFIRMED_PER_ADDRESS = 3
UNCONFIRMED_RETENTION_DAYS = 7
RENEWAL_DAYS = 365  # a keep-link is sent this long after confirmation or the last renewal
KEEP_DAYS = 30  # ... and the alert is deleted this long after the keep-link, unless kept
# A digest is due a day (a week) after the last one, less this: the job runs hourly, so an
# alert keeps its time of day instead of slipping by a few seconds each time.
DUE_SLACK = datetime.timedelta(minutes=10)


def new_key():
    return secrets.token_urlsafe(24)


class AlertQuerySet(models.QuerySet):
    def for_email(self, email):
        """Everything held for one address (case-insensitive), for export, erasure and the cap."""
        return self.filter(email__iexact=(email or "").strip())

    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)

    def unconfirmed_older_than(self, days, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.unconfirmed().filter(created_at__lt=cutoff)

    def due(self, now=None):
        """Confirmed alerts whose last digest (or, before the first, confirmation) is a period old."""
        now = now or timezone.now()
        return (
            self.confirmed()
            .annotate(since=Coalesce("last_sent_at", "confirmed_at"))
            .filter(
                Q(frequency=Alert.Frequency.DAILY, since__lte=now - datetime.timedelta(days=1) + DUE_SLACK)
                | Q(frequency=Alert.Frequency.WEEKLY, since__lte=now - datetime.timedelta(days=7) + DUE_SLACK)
            )
        )

    def to_remind(self, now=None):
        """Confirmed alerts renewed ``RENEWAL_DAYS`` ago whose keep-link has not been sent yet."""
        cutoff = (now or timezone.now()) - datetime.timedelta(days=RENEWAL_DAYS)
        return self.confirmed().filter(renewed_at__lte=cutoff, reminded_at__isnull=True)

    def expired(self, now=None):
        """Alerts whose keep-link went out ``KEEP_DAYS`` ago and was not used."""
        now = now or timezone.now()
        return self.confirmed().filter(
            renewed_at__lte=now - datetime.timedelta(days=RENEWAL_DAYS),
            reminded_at__lte=now - datetime.timedelta(days=KEEP_DAYS),
        )


class Alert(models.Model):
    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    email = models.EmailField(_("email address"), max_length=254, db_index=True)
    # The listing's known parameters only, sorted and without repeats (``services.normalise_filters``):
    # alerts with the same search share one query when their digests are made.
    filters = models.TextField(_("filters"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices)

    consent_text = models.TextField(_("consent text"))
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consented_at = models.DateTimeField(_("consent given at"))

    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)
    renewed_at = models.DateTimeField(_("confirmed or kept at"), null=True, blank=True, db_index=True)
    reminded_at = models.DateTimeField(_("keep-link sent at"), null=True, blank=True)
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("email alert")
        verbose_name_plural = _("email alerts")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.frequency} alert ({self.language}) {self.filters or '-'}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def as_export(self):
        """Everything held, as JSON-serialisable data (for ``export_alerts``)."""

        def iso(value):
            return value.isoformat() if value else None

        return {
            "id": self.pk,
            "email": self.email,
            "filters": self.filters,
            "language": self.language,
            "frequency": self.frequency,
            "consent_text": self.consent_text,
            "consent_version": self.consent_version,
            "consented_at": iso(self.consented_at),
            "created_at": iso(self.created_at),
            "confirmed_at": iso(self.confirmed_at),
            "last_sent_at": iso(self.last_sent_at),
            "renewed_at": iso(self.renewed_at),
            "reminded_at": iso(self.reminded_at),
        }
