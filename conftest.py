"""The project's root conftest: registers the shared fixtures (``home.testing``) for every test
directory (``home/``, ``opportunities/``, ``enterprises/``, ``passport_pages/``, ``search/``,
``tests/``), so that each app's tests also run alone (``pytest enterprises/``)."""

pytest_plugins = ["home.testing"]
