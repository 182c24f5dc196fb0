"""Fixtures for the project-wide tests in ``tests/``.

The shared fixtures (``locales``, ``home_page``, ``translate``...) are the ``home.testing``
plugin, registered by the root ``conftest.py``; each app's fixtures are in its
``<app>/tests/conftest.py`` and imported here for the tests that cross apps.
"""

from enterprises.tests.conftest import organisation_index, organisation_sections  # noqa: F401
from opportunities.tests.conftest import opportunity_index, sections  # noqa: F401
from passport_pages.tests.conftest import guideline_index, passport_page  # noqa: F401
