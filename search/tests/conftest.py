"""Fixtures for the search tests: the shared ones are the ``home.testing`` plugin (root
``conftest.py``); the opportunities app's listing and country sections are imported here."""

from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401
