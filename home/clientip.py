"""The client's address, behind a known number of reverse proxies.

Each proxy that follows the usual convention (nginx's ``$proxy_add_x_forwarded_for``)
*appends* the address it received the request from to ``X-Forwarded-For``. Only
the entries those trusted proxies appended can be believed; anything to their left
came from the client, which can write whatever it likes there. So, with
``settings.PATHWAY_TRUSTED_PROXIES = n`` (Werkzeug's ProxyFix ``x_for=n``):

- ``0``: the header is ignored; the address is ``REMOTE_ADDR``.
- ``n``: the address is the ``n``-th entry from the right. With fewer than ``n``
  entries, or an entry that is not an IP address, ``REMOTE_ADDR``.
"""

import ipaddress

from django.conf import settings


def _valid(value):
    try:
        return str(ipaddress.ip_address(value.strip().strip("[]")))
    except ValueError:
        return None


def client_address(request, trusted_proxies=None):
    if trusted_proxies is None:
        trusted_proxies = int(getattr(settings, "PATHWAY_TRUSTED_PROXIES", 0) or 0)
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    if trusted_proxies <= 0:
        return remote
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    entries = [entry for entry in entries if entry]
    if len(entries) < trusted_proxies:
        return remote
    return _valid(entries[-trusted_proxies]) or remote
