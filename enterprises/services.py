"""What happens to an employer registration: submission, confirmation, approval, rejection.

Views (public and admin) and commands call these; they hold no request logic.

The confirmation link carries a signed, expiring token (``django.core.signing``)
made from the registration's random ``confirmation_key``: no id, no address.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Page

from home import usage
from home.personal_data import EmailNotSent
from home.public_urls import absolute_url

from . import emails
from .models import (
    PROFILE_MODELS,
    EmployerRegistration,
    OrganisationCountrySectionPage,
    OrganisationLanguage,
    OrganisationSector,
    OrganisationSupport,
)

logger = logging.getLogger(__name__)

CONFIRMATION_SALT = "enterprises.registration.confirm"
CONFIRMATION_MAX_AGE = datetime.timedelta(hours=48)
Status = EmployerRegistration.Status


class InvalidToken(Exception):
    """The link was changed, or its registration no longer exists."""


class ExpiredToken(Exception):
    """The link is older than ``CONFIRMATION_MAX_AGE``."""


class DecisionError(Exception):
    """The registration cannot be decided (already decided, or no section to put a profile in)."""


# --- Double opt-in -------------------------------------------------------------
def _signer():
    return signing.TimestampSigner(salt=CONFIRMATION_SALT)


def make_token(registration):
    return _signer().sign(registration.confirmation_key)


def registration_for_token(token):
    """The registration a confirmation link is for; raises ``InvalidToken`` or ``ExpiredToken``."""
    try:
        key = _signer().unsign(token or "", max_age=CONFIRMATION_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    registration = EmployerRegistration.objects.filter(confirmation_key=key).first()
    if registration is None:
        raise InvalidToken
    return registration


def confirmation_path(index_page, token):
    """The link's path below the index page: the token's three parts as path segments."""
    return index_page.reverse_subpage("register_confirm", args=token.split(signing.Signer().sep))


def confirmation_url(index_page, registration, base_url=None):
    """The absolute confirmation link: the public base URL (``WAGTAILADMIN_BASE_URL`` unless
    ``base_url`` is given), the index page's path in its language, the token's path."""
    page_path = index_page.get_url_parts()[2]
    return absolute_url(page_path + confirmation_path(index_page, make_token(registration)), base_url)


def submit(form, confirm_url):
    """Store a valid registration and mail its confirmation link, in the language used.

    ``confirm_url(registration)`` returns the absolute link to mail; the view builds it,
    e.g. ``functools.partial(confirmation_url, index_page)``.

    At most one confirmation email per address while an earlier registration from
    that address is waiting for confirmation: the form cannot be used to mail a
    stranger again and again. Returns the registration, or None when nothing was sent.
    """
    email = form.cleaned_data["contact_email"]
    now = timezone.now()
    waiting = (
        EmployerRegistration.objects.unconfirmed().for_email(email).filter(created_at__gte=now - CONFIRMATION_MAX_AGE)
    )
    if waiting.exists():
        return None
    registration = form.save(commit=False)
    registration.language = translation.get_language() or settings.LANGUAGE_CODE
    registration.consent_version = settings.PATHWAY_CONSENT_VERSION
    registration.consented_at = now
    registration.status = Status.UNCONFIRMED
    registration.save()
    try:
        emails.send_confirmation(registration, confirm_url(registration))
    except Exception as error:  # the mail server refused or is down: keep nothing
        logger.exception("Employer registration %s: the confirmation email could not be sent.", registration.pk)
        registration.delete()
        raise EmailNotSent from error
    usage.record("registration_created", registration.country)
    return registration


def confirm(registration):
    """Move an unconfirmed registration to moderation; True the first time only.

    The country's editors are told once, after the transaction commits.
    """
    updated = EmployerRegistration.objects.filter(pk=registration.pk, status=Status.UNCONFIRMED).update(
        status=Status.PENDING, confirmed_at=timezone.now()
    )
    if not updated:
        return False
    registration.refresh_from_db()
    transaction.on_commit(lambda: _safely(emails.notify_editors, registration))
    return True


# --- Moderation -------------------------------------------------------------------
def section_for(registration):
    """Where the draft profile goes: the country's section in the registrant's language
    when that section is a real translation there, else the English one."""
    sections = OrganisationCountrySectionPage.objects.filter(country=registration.country, alias_of__isnull=True)
    preferred = sections.filter(locale__language_code=registration.language).order_by("path").first()
    return preferred or sections.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()


def _unique_slug(parent, title):
    base = slugify(title)[:60].strip("-") or "organisation"
    slug, number = base, 1
    while not Page._slug_is_available(slug, parent):
        number += 1
        slug = f"{base}-{number}"
    return slug


def build_profile(registration, section):
    """A profile page of the registration's kind, prefilled, not yet saved."""
    from home import vocabularies as vocab

    model = PROFILE_MODELS[registration.kind]
    page = model(
        title=registration.organisation_name,
        slug=_unique_slug(section, registration.organisation_name),
        locale_id=section.locale_id,
        country=registration.country,
        city=registration.city,
        website=registration.website,
        contact_email=registration.contact_email,
        contact_role=registration.contact_role,
        description="",
        live=False,
        has_unpublished_changes=True,
    )
    page.sectors = [OrganisationSector(sector=registration.sector)]
    languages = [code for code in registration.languages or [] if code in vocab.codes(vocab.LANGUAGES)]
    page.languages = [OrganisationLanguage(language=code) for code in dict.fromkeys(languages)]
    supports = [code for code in registration.supports or [] if code in vocab.codes(vocab.SUPPORT)]
    page.supports = [OrganisationSupport(support=code) for code in dict.fromkeys(supports)]
    return page


def approve(registration, user):
    """Create a draft profile in the right country section, link it, tell the registrant."""
    with transaction.atomic():
        registration = EmployerRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.PENDING:
            raise DecisionError("This registration has already been decided.")
        section = section_for(registration)
        if section is None:
            raise DecisionError(f"No organisation section for {registration.country}.")
        page = build_profile(registration, section)
        page.owner = user
        section.add_child(instance=page)  # a draft: only title and slug are validated
        page.save_revision(user=user, clean=False)  # the description is written by the editor before publishing
        log(instance=page, action="wagtail.create", user=user)
        registration.status = Status.APPROVED
        registration.decided_at = timezone.now()
        registration.decided_by = user
        registration.profile = page
        registration.reject_reason = ""
        registration.save()
        transaction.on_commit(lambda: _safely(emails.send_decision, registration))
    usage.record("registration_approved", registration.country)
    return registration


def reject(registration, user, reason):
    with transaction.atomic():
        registration = EmployerRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.PENDING:
            raise DecisionError("This registration has already been decided.")
        registration.status = Status.REJECTED
        registration.decided_at = timezone.now()
        registration.decided_by = user
        registration.reject_reason = (reason or "").strip()
        registration.save()
        transaction.on_commit(lambda: _safely(emails.send_decision, registration))
    usage.record("registration_rejected", registration.country)
    return registration


def _safely(send, registration):
    """Send an email after the decision is stored; a mail failure never undoes the decision."""
    try:
        send(registration)
    except Exception:
        logger.exception("Employer registration %s: an email could not be sent.", registration.pk)
