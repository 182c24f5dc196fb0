"""The emails of the registration: subject and body are templates, rendered in the
reader's language (the registrant's language used on the form; an editor's
preferred admin language, else the site's default).

Templates: ``enterprises/emails/<name>_subject.txt`` and ``<name>_body.txt``.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from opportunities.sections import editors_group_name


def render(name, context, language):
    """``(subject, body)`` of email ``name`` in ``language``; the subject on one line."""
    with translation.override(language):
        subject = render_to_string(f"enterprises/emails/{name}_subject.txt", context)
        body = render_to_string(f"enterprises/emails/{name}_body.txt", context)
    return " ".join(subject.split()), body


def send_mail(subject, body, recipient, language):
    """One plain-text message to one recipient, saying which language it is written in."""
    message = EmailMessage(subject, body, to=[recipient], headers={"Content-Language": language})
    return message.send(fail_silently=False)


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
    from .viewsets import registration_viewset

    path = reverse(registration_viewset.get_url_name("edit"), args=[registration.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def editor_recipients(country):
    """``[(email, language)]`` of the active members of the country's editors' group."""
    languages = dict(settings.LANGUAGES)
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=editors_group_name(country))
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
        .order_by("pk")
    )
    recipients = []
    for user in users:
        profile = getattr(user, "wagtail_userprofile", None)
        preferred = getattr(profile, "preferred_language", "") or ""
        recipients.append((user.email, preferred if preferred in languages else settings.LANGUAGE_CODE))
    return recipients


def notify_editors(registration):
    """Tell each editor of the registration's country that one waits for moderation (one email each)."""
    context = {
        "registration": registration,
        "moderation_url": moderation_url(registration),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    recipients = editor_recipients(registration.country)
    for email, language in recipients:
        _send("editors_notification", context, language, email)
    return len(recipients)
