"""Absolute URLs from the one public base URL, ``settings.WAGTAILADMIN_BASE_URL``.

Canonical and hreflang links, the sitemap, feeds, the JSON-LD, the API, emails and PDFs take
their scheme and host from it, never from the request's host header nor from the Site record
(whose default, ``localhost:80``, answers nowhere in development).
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def base_url():
    """The public base URL, without a trailing slash (``http://127.0.0.1:8000`` in development)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def base_host():
    """The host name of the public base URL (no port)."""
    return urlsplit(base_url()).hostname or ""


def absolute_url(path, base=None):
    """``path`` (a path, or a URL whose scheme and host are replaced) on the public base URL
    (on ``base`` when given, e.g. by a service called for another site)."""
    parts = urlsplit(path)
    relative = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
    return (base.rstrip("/") if base else base_url()) + relative


def page_url(page, request=None):
    """``page``'s absolute URL on the public base URL (``None`` if it is not routable)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    _site_id, _root_url, page_path = parts
    if page_path is None:
        return None
    return absolute_url(page_path)
