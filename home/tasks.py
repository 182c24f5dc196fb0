"""Background work of the network, on the project's own task backend (django-tasks).

The apps render what they send in the request, in the reader's language, and hand the
finished text to :func:`enqueue_email`; the task carries only JSON (subject, body, recipient,
language, headers), never a model instance. Only the network's own people are written to
(employers who registered, editors and moderators): no trainee ever gives an address.

Which backend runs the tasks is the setting ``PATHWAY_TASK_BACKEND`` (``"pathway"`` here, the
project's ``"default"`` in a site that does not name one). With a backend that runs tasks at once
(development, tests) a failed send raises :class:`TaskFailed` in the caller, as sending in the
request did; with the database backend (production) the request only stores the task, and the
worker (``manage.py db_worker --backend pathway``) sends it and tries again later when the mail
server refuses (:data:`RETRY_DELAYS`).
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task

logger = logging.getLogger(__name__)

# Seconds to wait before the second, third and fourth attempt of a send the mail server refused;
# then the task stays failed (visible in the Django admin's task results, and logged).
RETRY_DELAYS = (60, 10 * 60, 60 * 60)


class TaskFailed(Exception):
    """A task that ran at once failed (its exception is logged by django-tasks)."""


def backend_alias():
    return getattr(settings, "PATHWAY_TASK_BACKEND", DEFAULT_TASK_BACKEND_ALIAS)


def _on_backend(task_, **changes):
    """``task_`` on the project's backend (tasks are declared on ``default``, so that importing
    this module never needs the project's alias to exist)."""
    return task_.using(backend=backend_alias(), **changes)


def _raise_if_failed(result):
    if result.status == TaskResultStatus.FAILED:
        error = result.errors[-1].exception_class_path if result.errors else "unknown error"
        raise TaskFailed(f"{result.task.name} failed: {error}")
    return result


@task()
def send_email(subject, body, recipient, language, headers=None, attempt=1):
    """Send one plain-text message to one recipient, saying which language it is written in."""
    message = EmailMessage(subject, body, to=[recipient], headers={"Content-Language": language, **(headers or {})})
    try:
        return message.send(fail_silently=False)
    except Exception:
        backend = _on_backend(send_email).get_backend()
        if backend.supports_defer and attempt <= len(RETRY_DELAYS):
            run_after = timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[attempt - 1])
            _on_backend(send_email, run_after=run_after).enqueue(
                subject, body, recipient, language, headers=headers, attempt=attempt + 1
            )
            logger.warning("An email could not be sent (attempt %s); trying again at %s.", attempt, run_after)
        raise  # this attempt is recorded as failed


def enqueue_email(subject, body, recipient, language, headers=None):
    """Hand one email to the background worker; returns the task result.

    Raises what the backend raises when the task cannot be stored, and :class:`TaskFailed`
    when a backend that runs tasks at once could not send it.
    """
    result = _on_backend(send_email).enqueue(subject, body, recipient, language, headers=dict(headers or {}))
    return _raise_if_failed(result)


def enqueue(task_, *args, **kwargs):
    """Hand ``task_`` (a ``@task()`` of any app, taking only JSON) to the project's backend.

    Returns the task result. A task that runs at once and fails is not raised here (django-tasks
    records and logs it): for work that must never break the caller, such as pre-rendering.
    """
    return _on_backend(task_).enqueue(*args, **kwargs)
