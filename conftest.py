"""The project's root conftest: registers the shared fixtures (``home.testing``) for every test
directory (``home/``, ``opportunities/``, ``enterprises/``, ``passport_pages/``, ``search/``,
``tests/``), so that each app's tests also run alone (``pytest enterprises/``)."""

import os

import pytest

pytest_plugins = ["home.testing"]


def pytest_collection_modifyitems(config, items):
    """``PATHWAY_SKIP_DATABASE_INDEPENDENT=1`` skips the tests marked ``database_independent``: CI
    sets it for its PostgreSQL pass, after the SQLite pass has run them (they do the same there)."""
    if os.environ.get("PATHWAY_SKIP_DATABASE_INDEPENDENT") != "1":
        return
    skip = pytest.mark.skip(reason="database-independent: ran in the SQLite pass")
    for item in items:
        if item.get_closest_marker("database_independent"):
            item.add_marker(skip)
