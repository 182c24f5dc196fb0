"""Domain queries: organisation profiles and employer registrations."""

import datetime

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.query import PageQuerySet

from home.content_cache import CachedPublicQuerySet


class OrganisationQuerySet(CachedPublicQuerySet, PageQuerySet):
    """One method per listing filter: the single place where each condition is written
    (the listing applies them through the facets of ``enterprises.filters``)."""

    def in_country(self, *countries):
        return self.filter(country__in=countries)

    def of_kind(self, *kinds):
        return self.filter(kind__in=kinds)

    def in_sector(self, *sectors):
        """Organisations active in any of ``sectors`` (a sector row with that code)."""
        from .models import OrganisationSector

        return self.filter(Exists(OrganisationSector.objects.filter(page=OuterRef("pk"), sector__in=sectors)))


class RegistrationQuerySet(models.QuerySet):
    def unconfirmed(self):
        return self.filter(status=self.model.Status.UNCONFIRMED)

    def pending(self):
        """Confirmed by the registrant, waiting for an editor's decision."""
        return self.filter(status=self.model.Status.PENDING)

    def processed(self):
        """Approved or rejected."""
        return self.filter(status__in=[self.model.Status.APPROVED, self.model.Status.REJECTED])

    def moderatable(self):
        """What moderation sees: everything the registrant has confirmed."""
        return self.exclude(status=self.model.Status.UNCONFIRMED)

    def in_countries(self, countries):
        return self.filter(country__in=list(countries))

    def for_email(self, email):
        """Everything held for one address (case-insensitive), for export and erasure."""
        return self.filter(contact_email__iexact=(email or "").strip())

    def unconfirmed_older_than(self, days, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.unconfirmed().filter(created_at__lt=cutoff)

    def processed_older_than(self, days, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.processed().filter(decided_at__lt=cutoff)

    def undecided_older_than(self, days, now=None):
        """Confirmed but still undecided, confirmed (or, lacking that date, registered) before the cutoff."""
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.pending().filter(
            models.Q(confirmed_at__lt=cutoff) | models.Q(confirmed_at__isnull=True, created_at__lt=cutoff)
        )
