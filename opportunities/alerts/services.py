"""What happens to an alert: subscription, confirmation, renewal, unsubscription.

Views and commands call these; they hold no request logic.

Links carry a token signed with ``django.core.signing`` (one salt per purpose) made from the
alert's random ``key``: never an id or an address. Confirmation and keep links expire; the
unsubscribe link in every digest does not (RFC 8058 one-click unsubscribe must keep working).
"""

import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext

from home.personal_data import EmailNotSent
from home.public_urls import absolute_url
from opportunities.filters import LISTING

from . import emails
from .models import (
    KEEP_DAYS,
    MAX_ALERTS_PER_ADDRESS,
    MAX_UNCONFIRMED_PER_ADDRESS,
    UNCONFIRMED_RETENTION_DAYS,
    Alert,
)

logger = logging.getLogger(__name__)

CONFIRM_SALT = "opportunities.alerts.confirm"
UNSUBSCRIBE_SALT = "opportunities.alerts.unsubscribe"
KEEP_SALT = "opportunities.alerts.keep"
CONFIRM_MAX_AGE = UNCONFIRMED_RETENTION_DAYS * 24 * 60 * 60  # the link lives as long as the alert waits
KEEP_MAX_AGE = 2 * KEEP_DAYS * 24 * 60 * 60  # beyond the purge: a kept alert is then gone anyway


class InvalidToken(Exception):
    """The link was changed, or its alert no longer exists."""


class ExpiredToken(Exception):
    """The link is older than it may be."""


# --- Filters ----------------------------------------------------------------------
def normalise_filters(query):
    """The listing's known parameters of ``query`` (a QueryDict or a query string), as one
    canonical query string: each facet's known codes sorted, then the words (``q``).

    Unknown parameters and values are dropped, as the listing drops them. ``sort``, ``page`` and
    ``open`` are not kept: a digest lists new placements that are still open, newest first.
    """
    if isinstance(query, str):
        query = QueryDict(query)
    normalised = QueryDict(mutable=True)
    for facet in LISTING.facets:
        codes = facet.read(query, None)
        if codes:
            normalised.setlist(facet.name, sorted(codes))
    words = LISTING.read_params(query, [])["q"]
    if words:
        normalised["q"] = words
    return normalised.urlencode()


# --- Consent ------------------------------------------------------------------------
def privacy_url(language=None):
    """The privacy notice in ``language`` (its slug is the same in every language)."""
    return f"/{language or translation.get_language()}/privacy/"


def consent_label(language=None):
    """The consent checkbox's label in ``language``, with its link (the follow page's template
    holds the same text: the same msgid)."""
    language = language or translation.get_language()
    with translation.override(language):
        return gettext(
            'I have read the <a href="%(privacy_url)s">privacy notice</a>. I agree that my email address '
            "and this search are stored to send me these alerts, until I unsubscribe."
        ) % {"privacy_url": privacy_url(language)}


def consent_text(language=None):
    """The consent text as the subscriber read it, without markup: stored with the alert."""
    return " ".join(strip_tags(consent_label(language)).split())


# --- Tokens ---------------------------------------------------------------------------
def _signer(salt, timestamped):
    return signing.TimestampSigner(salt=salt) if timestamped else signing.Signer(salt=salt)


def confirm_token(alert):
    return _signer(CONFIRM_SALT, True).sign(alert.key)


def unsubscribe_token(alert):
    return _signer(UNSUBSCRIBE_SALT, False).sign(alert.key)


def keep_token(alert):
    return _signer(KEEP_SALT, True).sign(alert.key)


def _key_for(token, salt, max_age):
    try:
        if max_age is None:
            return _signer(salt, False).unsign(token or "")
        return _signer(salt, True).unsign(token or "", max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error


def alert_for_confirm_token(token):
    """The alert a confirmation link is for; raises ``InvalidToken`` or ``ExpiredToken``."""
    alert = Alert.objects.filter(key=_key_for(token, CONFIRM_SALT, CONFIRM_MAX_AGE)).first()
    if alert is None:
        raise InvalidToken
    return alert


def alert_for_keep_token(token):
    alert = Alert.objects.filter(key=_key_for(token, KEEP_SALT, KEEP_MAX_AGE)).first()
    if alert is None:
        raise InvalidToken
    return alert


def alert_for_unsubscribe_token(token):
    """The alert an unsubscribe link is for, or None when it is already gone; raises
    ``InvalidToken`` for a link that was not made here."""
    return Alert.objects.filter(key=_key_for(token, UNSUBSCRIBE_SALT, None)).first()


# --- Absolute links, in the alert's language ------------------------------------------------
def _url(name, token, language):
    with translation.override(language):
        return absolute_url(reverse(f"alerts:{name}", args=[token]))


def confirm_url(alert):
    return _url("confirm", confirm_token(alert), alert.language)


def unsubscribe_url(alert):
    return _url("unsubscribe", unsubscribe_token(alert), alert.language)


def keep_url(alert):
    return _url("keep", keep_token(alert), alert.language)


def follow_url(index_page, filters):
    """The follow page of ``index_page`` with ``filters``: where the subscriber changes them."""
    path = index_page.get_url_parts()[2] + index_page.reverse_subpage("follow")
    return absolute_url(f"{path}?{filters}" if filters else path)


def listing_url(index_page, filters):
    """The listing with ``filters``, newest first: every new placement, when a digest shows only some."""
    path = index_page.get_url_parts()[2]
    query = f"{filters}&sort=newest" if filters else "sort=newest"
    return absolute_url(f"{path}?{query}")


# --- Subscription -------------------------------------------------------------------
def subscribe(email, frequency, filters, language):
    """Store an unconfirmed alert and mail its confirmation link, in ``language``.

    Returns the new alert, or None when nothing was stored or sent: the address already has
    this search (in this language), has ``MAX_ALERTS_PER_ADDRESS`` alerts, or has
    ``MAX_UNCONFIRMED_PER_ADDRESS`` waiting for confirmation. The visitor sees the same answer
    in every case, so the form tells nobody which addresses are known. Raises ``EmailNotSent``
    (and keeps nothing) when the confirmation cannot be handed over.
    """
    email = email.strip()
    filters = normalise_filters(filters)
    held = list(Alert.objects.for_email(email).values_list("filters", "language", "confirmed_at"))
    waiting = sum(1 for _filters, _language, confirmed_at in held if confirmed_at is None)
    if (
        len(held) >= MAX_ALERTS_PER_ADDRESS
        or waiting >= MAX_UNCONFIRMED_PER_ADDRESS
        or any((held_filters, held_language) == (filters, language) for held_filters, held_language, _ in held)
    ):
        return None
    alert = Alert.objects.create(
        email=email,
        filters=filters,
        language=language,
        frequency=frequency,
        consent_text=consent_text(language),
        consent_version=settings.PATHWAY_CONSENT_VERSION,
        consented_at=timezone.now(),
    )
    try:
        emails.send_confirmation(alert, confirm_url(alert), unsubscribe_url(alert))
    except Exception as error:  # the mail server refused or is down: keep nothing
        logger.exception("Alert %s: the confirmation email could not be sent.", alert.pk)
        alert.delete()
        raise EmailNotSent from error
    return alert


def confirm(alert):
    """Confirm an alert; True the first time only. Its first digest covers what is published
    from now on."""
    now = timezone.now()
    return bool(Alert.objects.filter(pk=alert.pk, confirmed_at__isnull=True).update(confirmed_at=now, renewed_at=now))


def keep(alert):
    """The subscriber wants the alert for another year."""
    return bool(
        Alert.objects.filter(pk=alert.pk, confirmed_at__isnull=False).update(
            renewed_at=timezone.now(), reminded_at=None
        )
    )


def unsubscribe(alert):
    """Delete the alert (nothing of it is kept)."""
    return Alert.objects.filter(pk=alert.pk).delete()[0] > 0


# --- Retention ------------------------------------------------------------------------
def send_keep_reminders(now=None):
    """Mail the keep-link of each alert renewed a year ago; returns how many were sent.

    The time is stored in the same transaction as the email is queued, so that a second run
    sends nothing; an email that could not be sent is tried again at the next run.
    """
    sent = 0
    for alert in Alert.objects.to_remind(now).order_by("pk").iterator():
        with transaction.atomic():
            if not Alert.objects.filter(pk=alert.pk, reminded_at__isnull=True).update(reminded_at=timezone.now()):
                continue
            try:
                emails.send_keep_reminder(alert, keep_url(alert), unsubscribe_url(alert))
            except emails.NotSent:
                logger.exception("Alert %s: the keep-link email could not be sent.", alert.pk)
                transaction.set_rollback(True)
                continue
        sent += 1
    return sent
