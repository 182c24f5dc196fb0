"""An employer's registration of interest in hosting trainees.

A plain model, not a page: it holds only what moderation needs, with the consent
text's version and time. Its life:

    unconfirmed --(registrant follows the signed link)--> pending
    pending --(an editor of its country approves)--> approved (a draft profile is linked)
    pending --(an editor of its country rejects, with a reason)--> rejected

Unconfirmed registrations are purged after ``UNCONFIRMED_RETENTION_DAYS``;
processed ones after the retention given to ``manage.py purge_registrations``.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from home import vocabularies as vocab

from .. import vocabularies as evocab
from ..queryset import RegistrationQuerySet

UNCONFIRMED_RETENTION_DAYS = 7


def new_confirmation_key():
    return secrets.token_urlsafe(24)


class EmployerRegistration(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for email confirmation")
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    # --- The organisation ------------------------------------------------------
    organisation_name = models.CharField(_("organisation name"), max_length=200)
    kind = models.CharField(_("kind of organisation"), max_length=20, choices=evocab.KINDS)
    country = models.CharField(_("country"), max_length=2, choices=vocab.COUNTRIES, db_index=True)
    city = models.CharField(_("city"), max_length=100)
    sector = models.CharField(_("sector"), max_length=1, choices=vocab.SECTORS)
    website = models.URLField(_("website"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), max_length=254, db_index=True)
    contact_role = models.CharField(_("contact role"), max_length=120)

    # --- What they can offer ---------------------------------------------------
    places = models.PositiveSmallIntegerField(
        _("places per year"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    periods = models.CharField(_("periods"), max_length=200, blank=True)
    supports = models.JSONField(_("support offered"), default=list, blank=True)  # codes of vocab.SUPPORT
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)  # codes of vocab.LANGUAGES
    message = models.TextField(_("message"), max_length=2000, blank=True)
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        verbose_name=_("opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # --- Consent, language, double opt-in ----------------------------------------
    language = models.CharField(_("language used"), max_length=10, choices=settings.LANGUAGES)
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consented_at = models.DateTimeField(_("consent given at"))
    confirmation_key = models.CharField(max_length=64, unique=True, default=new_confirmation_key, editable=False)

    # --- Moderation ------------------------------------------------------------
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED, db_index=True
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reject_reason = models.TextField(_("reason for rejection"), max_length=1000, blank=True)
    profile = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("employer registration")
        verbose_name_plural = _("employer registrations")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.organisation_name

    # --- Presentation helpers (codes -> translated labels) -----------------
    def get_country_display_label(self):
        return vocab.label(vocab.COUNTRIES, self.country)

    def get_sector_display_label(self):
        return vocab.label(vocab.SECTORS, self.sector)

    def support_labels(self):
        return [vocab.label(vocab.SUPPORT, code) for code in self.supports or []]

    def language_labels(self):
        return [vocab.label(vocab.LANGUAGES, code) for code in self.languages or []]

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING

    def as_export(self):
        """Everything held, as JSON-serialisable data (for ``export_registrations``)."""

        def iso(value):
            return value.isoformat() if value else None

        return {
            "id": self.pk,
            "organisation_name": self.organisation_name,
            "kind": self.kind,
            "country": self.country,
            "city": self.city,
            "sector": self.sector,
            "website": self.website,
            "contact_email": self.contact_email,
            "contact_role": self.contact_role,
            "places": self.places,
            "periods": self.periods,
            "supports": list(self.supports or []),
            "languages": list(self.languages or []),
            "message": self.message,
            "opportunity_id": self.opportunity_id,
            "language": self.language,
            "consent_version": self.consent_version,
            "consented_at": iso(self.consented_at),
            "status": self.status,
            "created_at": iso(self.created_at),
            "confirmed_at": iso(self.confirmed_at),
            "decided_at": iso(self.decided_at),
            "reject_reason": self.reject_reason,
            "profile_id": self.profile_id,
        }
