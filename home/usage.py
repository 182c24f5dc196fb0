"""Usage events: how the site is used, counted without any visitor data.

The ground floor defines the signal; the apps that serve a counted action send it with one
call (``usage.record("match", ...)``) and never import whoever counts it (the ``stats`` app
receives it and keeps one row per day, measure and key). With no receiver installed, a call
costs nothing; a failing receiver is logged and never breaks the request.

Measures and their keys (a code, never anything about the visitor):

- ``match``: a matching request (form or API), sent with ``results``, the number of results
  (the counter also counts the requests with at least one)
- ``passport_pdf``: a passport PDF served, key = language
- ``search``: a new site search, key = language, sent with ``results`` (the counter also counts
  the searches that found nothing)
- ``registration_created`` / ``registration_approved`` / ``registration_rejected``: an employer
  registration stored / decided, key = country
"""

import logging

from django.dispatch import Signal

logger = logging.getLogger(__name__)

# Sent with ``measure`` and ``key`` (both short codes) and ``results`` (a number, or None).
usage_event = Signal()


def record(measure, key="", results=None):
    """Count one ``measure`` (with ``key``, and the number of ``results`` it gave); never raises."""
    try:
        for receiver, result in usage_event.send_robust(sender=None, measure=measure, key=key, results=results):
            if isinstance(result, Exception):
                logger.warning("Usage %s: receiver %r failed: %r", measure, receiver, result)
    except Exception:  # the request must not fail for a counter
        logger.exception("Usage %s could not be recorded", measure)
