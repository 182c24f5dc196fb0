"""Benchmarks (bench/run.py): production-like (DEBUG off, WhiteNoise, gunicorn) on loopback.

Rate limits are off, so that a benchmark measures the page rather than the 429.
Never use these settings for a real site: the secret key is public.
"""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = False
SECRET_KEY = "bench-only-not-secret"
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # the bulk loader and the benchmark commands
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]  # testserver: bench/probe.py counts queries
PATHWAY_RATELIMIT_ENABLED = False
PATHWAY_PAGE_CACHE_SECONDS = int(env.string("PAGE_CACHE_SECONDS", "0"))
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
