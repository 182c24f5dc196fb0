"""``pathway.warmup``: a server process is warm before its first visitor."""

import logging

from django.conf import settings
from django.template import engines
from django.urls import get_resolver

from pathway import warmup


def cached_loader():
    (loader,) = engines["django"].engine.template_loaders
    return loader


def test_warm_compiles_the_project_templates_and_builds_the_urls_in_every_language():
    names = warmup.project_template_names()
    assert "base.html" in names and "opportunities/opportunity_page.html" in names
    assert not any("wagtailadmin/" in name for name in names)  # the libraries' own are left cold
    loader = cached_loader()
    loader.reset()
    resolver = get_resolver()
    resolver._reverse_dict.clear()

    warmup.warm()

    cached = set(loader.get_template_cache)  # keyed by name
    assert set(names) <= cached
    assert {code for code, _name in settings.LANGUAGES} <= set(resolver._reverse_dict)


def test_a_failing_warm_up_is_logged_and_the_process_still_starts(monkeypatch, caplog):
    def broken():
        raise RuntimeError("a URL module cannot be imported")

    monkeypatch.setattr(warmup, "get_resolver", broken)
    with caplog.at_level(logging.ERROR, logger="pathway.warmup"):
        warmup.warm()  # does not raise
    assert "Warm-up failed" in caplog.text
