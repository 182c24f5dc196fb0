"""The one place where VET Pathway reads its environment.

Every variable the project understands is read through these helpers, so that
`grep pathway.settings.env` (or this file) lists them all. Production settings
call :func:`required` for secrets and hosts: there is no default for them.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def string(name, default=""):
    return os.environ.get(name, default)


def required(name, hint):
    """Return a variable that has no safe default, or stop with a clear message."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production: {hint}")
    return value


def base_url(name, default=None):
    """A public base URL (``https://example.org``, optionally with a path), without a trailing
    slash; ``default=None`` makes it required (production)."""
    from urllib.parse import urlsplit

    value = os.environ.get(name, "").strip()
    if not value:
        if default is None:
            return required(name, "the site's public base URL, e.g. https://pathway.example.org")
        value = default
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query or parts.fragment:
        raise ImproperlyConfigured(f"{name} must be an http(s) URL such as https://pathway.example.org, not {value!r}")
    return value.rstrip("/")


def boolean(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def listing(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def path(name, default):
    return Path(os.environ.get(name) or default)


def database(default_sqlite):
    """`DATABASE_URL` (PostgreSQL in production), else the embedded SQLite file."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(default_sqlite),
        "OPTIONS": {"timeout": 20},
    }


def caches():
    """Redis when `REDIS_URL` is set (shared by every app server), else local memory.

    Two aliases: ``default`` (page cache, Wagtail's own lookups) ignores connection
    errors, so an outage means uncached pages, not errors; ``ratelimit`` raises them,
    so that each endpoint decides to fail open or closed (home.ratelimit). Both give
    up after `CACHE_TIMEOUT` seconds (default 0.25) and stop trying for a few seconds
    after a failure (pathway.cache). `RATELIMIT_REDIS_URL` moves the counters elsewhere.
    Without Redis both aliases share one local-memory store (clearing one clears both).
    """
    url = os.environ.get("REDIS_URL")
    if not url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        }
    timeout = float(string("CACHE_TIMEOUT", "0.25"))

    def redis(location, ignore_exceptions):
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": string("CACHE_KEY_PREFIX", "pathway"),
            "OPTIONS": {
                "CLIENT_CLASS": "pathway.cache.BreakerClient",
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
                "IGNORE_EXCEPTIONS": ignore_exceptions,
            },
        }

    return {
        "default": redis(url, ignore_exceptions=True),
        "ratelimit": redis(string("RATELIMIT_REDIS_URL", url), ignore_exceptions=False),
    }


def media_s3():
    """Media (Wagtail images and renditions, documents, uploads) in an S3-compatible bucket when
    `MEDIA_S3_BUCKET` is set; ``None`` otherwise, and media stay on the local disk (`MEDIA_ROOT`).

    - `MEDIA_S3_BUCKET`: the bucket's name.
    - `MEDIA_S3_ENDPOINT_URL`: another provider's S3 API (MinIO, Ceph, Scaleway, OVH...), e.g.
      ``https://s3.fr-par.scw.cloud``; unset for AWS. Media URLs are path-style on it
      (``<endpoint>/<bucket>/<key>``).
    - `MEDIA_S3_REGION`: the bucket's region (optional; ``AWS_DEFAULT_REGION`` otherwise).
    - `MEDIA_S3_ACCESS_KEY_ID` and `MEDIA_S3_SECRET_ACCESS_KEY`, else the standard
      `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`; with neither pair, boto3's own chain
      (``~/.aws``, an instance or workload role).
    - `MEDIA_S3_CUSTOM_DOMAIN`: where browsers fetch media instead, e.g. a CDN in front of the
      bucket: ``media.example.org`` (https) or ``http://...``, optionally with a path.

    Returns the storage's ``OPTIONS`` and ``origin``, the scheme and host that media URLs start
    with, which the Content-Security-Policy allows for images. URLs are unsigned and stable (pages
    are cached), so the bucket (or the CDN) must let anyone read image keys (``original_images/``,
    ``images/``) and nothing else: documents and spreadsheet uploads stay private, and documents are
    served through Wagtail's view, which checks the collection's privacy (base.py).
    """
    from urllib.parse import urlsplit

    bucket = string("MEDIA_S3_BUCKET").strip()
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "querystring_auth": False,  # stable public URLs for images; see above
        "file_overwrite": False,  # two uploads named photo.jpg must not replace each other
        "default_acl": None,  # the bucket's policy decides who reads what
    }
    region = string("MEDIA_S3_REGION").strip()
    if region:
        options["region_name"] = region
    key_id = string("MEDIA_S3_ACCESS_KEY_ID").strip() or string("AWS_ACCESS_KEY_ID").strip()
    secret = string("MEDIA_S3_SECRET_ACCESS_KEY").strip() or string("AWS_SECRET_ACCESS_KEY").strip()
    if bool(key_id) != bool(secret):
        raise ImproperlyConfigured("Set both MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY, or neither.")
    if key_id:
        options.update(access_key=key_id, secret_key=secret)

    endpoint = string("MEDIA_S3_ENDPOINT_URL").strip()
    if endpoint:
        parts = urlsplit(endpoint)
        if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query or parts.fragment:
            raise ImproperlyConfigured(f"MEDIA_S3_ENDPOINT_URL must be an http(s) URL, not {endpoint!r}")
        options.update(endpoint_url=endpoint.rstrip("/"), addressing_style="path")
        origin = f"{parts.scheme}://{parts.netloc}"
    else:
        origin = f"https://{bucket}.s3.amazonaws.com"  # botocore's virtual-hosted URL, in any region

    domain = string("MEDIA_S3_CUSTOM_DOMAIN").strip().rstrip("/")
    if domain:
        parts = urlsplit(domain if "://" in domain else f"https://{domain}")
        if parts.scheme not in {"http", "https"} or not parts.hostname or parts.query or parts.fragment:
            raise ImproperlyConfigured(f"MEDIA_S3_CUSTOM_DOMAIN must be a host, e.g. media.example.org, not {domain!r}")
        options.update(custom_domain=parts.netloc + parts.path, url_protocol=f"{parts.scheme}:")
        origin = f"{parts.scheme}://{parts.netloc}"
    elif not endpoint and "." in bucket:  # botocore falls back to path-style URLs on s3.amazonaws.com
        raise ImproperlyConfigured("A bucket name with dots needs MEDIA_S3_CUSTOM_DOMAIN or MEDIA_S3_ENDPOINT_URL.")
    return {"options": options, "origin": origin}
