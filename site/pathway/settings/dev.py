"""Development: the embedded defaults, so `make run` needs no environment at all."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
# Development only; production.py refuses to start without its own SECRET_KEY.
SECRET_KEY = env.string("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
INTERNAL_IPS = ["127.0.0.1"]

# The second factor for admin users is off in development, so that the demo admin
# can sign in at once; REQUIRE_2FA=1 turns it on. Production always requires it.
PATHWAY_REQUIRE_2FA = env.boolean("REQUIRE_2FA", False)
