"""The emails of the registration: subject and body are templates, rendered in the
reader's language (the registrant's language used on the form; an editor's or
moderator's preferred admin language, else their country's language, else the site's default).

Templates: ``enterprises/emails/<name>_subject.txt`` and ``<name>_body.txt``.

Each email is rendered here, in the request, and sent in the background by ``home.tasks``
(the worker in production; at once in development and tests, where a failure still raises).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home import tasks
from home.public_urls import absolute_url
from home.roles import country_group_names

# A host country's language where its code is not the lowercase country code.
COUNTRY_LANGUAGES = {"IE": "en", "GB": "en", "AT": "de", "CH": "de", "BE": "fr", "LU": "fr"}


def render(name, context, language):
    """``(subject, body)`` of email ``name`` in ``language``; the subject on one line."""
    with translation.override(language):
        subject = render_to_string(f"enterprises/emails/{name}_subject.txt", context)
        body = render_to_string(f"enterprises/emails/{name}_body.txt", context)
    return " ".join(subject.split()), body


def send_mail(subject, body, recipient, language):
    """Queue one plain-text message to one recipient, saying which language it is written in.

    Raises when the message cannot be queued, or (a backend that runs tasks at once) not sent.
    """
    return tasks.enqueue_email(subject, body, recipient, language)


def _send(name, context, language, recipient):
    subject, body = render(name, context, language)
    send_mail(subject, body, recipient, language)


def send_confirmation(registration, confirm_url):
    context = {"registration": registration, "confirm_url": confirm_url, "site_name": settings.WAGTAIL_SITE_NAME}
    _send("confirm", context, registration.language, registration.contact_email)


def send_decision(registration):
    name = "approved" if registration.status == registration.Status.APPROVED else "rejected"
    context = {"registration": registration, "site_name": settings.WAGTAIL_SITE_NAME}
    _send(name, context, registration.language, registration.contact_email)


def moderation_url(registration):
    """The registration's page in the admin (the ``employer_registrations`` viewset's edit view)."""
    return absolute_url(reverse("employer_registrations:edit", args=[registration.pk]))


def country_language(country):
    """The language an admin user of ``country`` reads when they chose none: the country's
    language if the site has it, else the site's default."""
    languages = dict(settings.LANGUAGES)
    language = COUNTRY_LANGUAGES.get(country, country.lower())
    return language if language in languages else settings.LANGUAGE_CODE


def editor_recipients(country):
    """``[(email, language)]`` of the active members of the country's editors' and moderators'
    groups: each in their Wagtail profile's admin language, else the country's language."""
    languages = dict(settings.LANGUAGES)
    fallback = country_language(country)
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=country_group_names(country))
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
        .order_by("pk")
    )
    recipients = []
    for user in users:
        profile = getattr(user, "wagtail_userprofile", None)
        preferred = getattr(profile, "preferred_language", "") or ""
        recipients.append((user.email, preferred if preferred in languages else fallback))
    return recipients


def notify_editors(registration):
    """Tell each editor and moderator of the registration's country that one waits for a decision
    (one email each, in the reader's language)."""
    context = {
        "registration": registration,
        "moderation_url": moderation_url(registration),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    recipients = editor_recipients(registration.country)
    for email, language in recipients:
        _send("editors_notification", context, language, email)
    return len(recipients)
