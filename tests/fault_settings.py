"""Settings of the site that tests/test_faults.py serves with gunicorn: the benchmark settings
(DEBUG off, WhiteNoise, loopback) with the rate limits and the page cache on, warnings to stderr."""

from pathway.settings.bench import *  # noqa: F403

PATHWAY_RATELIMIT_ENABLED = True
PATHWAY_PAGE_CACHE_SECONDS = 60
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
