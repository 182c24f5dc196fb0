"""The alerts' emails: subject and body are templates, rendered in the subscriber's language.

Templates: ``alerts/emails/<name>_subject.txt`` and ``<name>_body.txt``. Each email is rendered
here and sent in the background by ``home.tasks`` (the worker in production; at once in
development and tests, where a failure raises :data:`NotSent`).

Every email but the confirmation carries RFC 8058 one-click unsubscribe headers: mail
programs show an "Unsubscribe" button that POSTs to the link without opening it.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from home import tasks

NotSent = tasks.TaskFailed


def render(name, context, language):
    """``(subject, body)`` of email ``name`` in ``language``; the subject on one line."""
    with translation.override(language):
        subject = render_to_string(f"alerts/emails/{name}_subject.txt", context)
        body = render_to_string(f"alerts/emails/{name}_body.txt", context)
    return " ".join(subject.split()), body


def unsubscribe_headers(unsubscribe_url):
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _send(name, context, alert, headers=None):
    context = {"alert": alert, "site_name": settings.WAGTAIL_SITE_NAME, **context}
    subject, body = render(name, context, alert.language)
    return tasks.enqueue_email(subject, body, alert.email, alert.language, headers=headers)


def send_confirmation(alert, confirm_url, unsubscribe_url):
    """The double opt-in link. No unsubscribe header: nothing is sent unless it is confirmed."""
    _send("confirm", {"confirm_url": confirm_url, "unsubscribe_url": unsubscribe_url}, alert)


def send_digest(alert, context, unsubscribe_url):
    """``context``: ``items`` (``[{"title", "country", "sector", "deadline", "url"}]``), ``more``
    (how many new placements are not listed), ``listing_url``, ``follow_url``."""
    context = {**context, "unsubscribe_url": unsubscribe_url}
    _send("digest", context, alert, headers=unsubscribe_headers(unsubscribe_url))


def send_keep_reminder(alert, keep_url, unsubscribe_url):
    context = {"keep_url": keep_url, "unsubscribe_url": unsubscribe_url}
    _send("keep", context, alert, headers=unsubscribe_headers(unsubscribe_url))
