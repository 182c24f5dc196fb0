"""Domain queries: organisation profiles and employer registrations."""

import datetime

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.query import PageQuerySet


class OrganisationQuerySet(PageQuerySet):
    def in_country(self, *countries):
        return self.filter(country__in=countries)

    def of_kind(self, *kinds):
        return self.filter(kind__in=kinds)

    def in_sector(self, *sectors):
        """Organisations active in any of ``sectors`` (a sector row with that code)."""
        from .models import OrganisationSector

        return self.filter(Exists(OrganisationSector.objects.filter(page=OuterRef("pk"), sector__in=sectors)))

    def in_locale_of(self, page):
        return self.filter(locale_id=page.locale_id)


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
