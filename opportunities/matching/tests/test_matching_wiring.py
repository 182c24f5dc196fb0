"""Matching is a sub-app of its own (``opportunities.matching``, label ``matching``): its model,
URLs, templates, static files and command live with it, its signals are connected in
``MatchingConfig.ready()``, and opportunities never imports it."""

import ast
import io
import pathlib

import pytest
from django.apps import apps
from django.contrib.staticfiles import finders
from django.core.management import call_command, get_commands
from django.db.models.signals import post_delete, post_save
from django.template.loader import get_template
from django.urls import resolve, reverse
from django.utils import translation
from wagtail.signals import page_published, page_unpublished

from opportunities.matching.models import MatchEntry
from opportunities.models import OpportunityPage
from opportunities.signals import opportunities_bulk_loaded

OPPORTUNITIES = pathlib.Path(__file__).resolve().parent.parent / "opportunities"


def test_matching_is_an_app_with_its_own_table():
    config = apps.get_app_config("matching")
    assert config.name == "opportunities.matching"
    assert str(config.verbose_name) == "Matching"
    assert MatchEntry._meta.app_label == "matching"
    assert MatchEntry._meta.db_table == "matching_matchentry"
    assert get_commands()["rebuild_match_index"] == "opportunities.matching"


@pytest.mark.parametrize(
    ("signal", "sender"),
    [
        (page_published, OpportunityPage),
        (page_unpublished, OpportunityPage),
        (post_save, OpportunityPage),
        (post_delete, OpportunityPage),
        (opportunities_bulk_loaded, OpportunityPage),
    ],
)
def test_receivers_are_connected_by_ready(signal, sender):
    modules = {receiver.__module__ for receiver in signal._live_receivers(sender)[0]}
    assert "opportunities.matching.signals" in modules


def test_opportunities_never_imports_matching():
    """The dependency runs matching -> opportunities only (migrations aside: they name no module)."""
    offenders = []
    for path in OPPORTUNITIES.rglob("*.py"):
        relative = path.relative_to(OPPORTUNITIES)
        if relative.parts[0] in ("matching", "migrations"):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom):
                names = [(node.module or "") if node.level == 0 else "." * node.level + (node.module or "")]
                names += [f"{names[0]}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            if any(name.startswith(("opportunities.matching", ".matching")) for name in names):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_public_urls_and_names_are_unchanged():
    assert reverse("match_api") == "/api/match/"
    assert resolve("/api/match/").func.__module__ == "opportunities.matching.api"
    for language in ("en", "de"):
        with translation.override(language):
            assert reverse("match") == f"/{language}/match/"
            assert resolve(f"/{language}/match/").func.__module__ == "opportunities.matching.views"


def test_templates_and_static_files_live_in_the_app():
    origin = get_template("matching/match.html").origin.name
    assert "/opportunities/matching/templates/matching/" in origin
    for name in ("matching/matching.css", "matching/matching.js"):
        assert "/opportunities/matching/static/" in finders.find(name)
    assert finders.find("opportunities/matching.css") is None


@pytest.mark.django_db
def test_rebuild_command_runs_on_an_empty_site():
    out = io.StringIO()
    call_command("rebuild_match_index", stdout=out)
    assert "Match index rebuilt: 0 entries" in out.getvalue()
