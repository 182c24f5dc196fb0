"""Dashboard panels per role (issue 15): translators see the pages whose translation into their
language is missing or out of date; country editors and moderators see their country's placements
whose application deadline has passed. Nobody else sees either panel."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from home.factories import ContentPageFactory
from home.locales import sync_trees
from home.roles import NETWORK_EDITORS, editors_group_name, moderators_group_name, setup_roles, translators_group_name
from home.testing import verified_login
from opportunities.factories import OpportunityPageFactory
from opportunities.queryset import today

pytestmark = pytest.mark.django_db

TRANSLATIONS_DE = "Translations into German missing or out of date"
PAST_DEADLINE = "My country&#x27;s placements whose deadline has passed"


def days(n):
    return today() + datetime.timedelta(days=n)


def placement(section, title, deadline, country):
    page = OpportunityPageFactory(parent=section, title=title, country=country, application_deadline=deadline)
    page.save_revision().publish()
    return page


def in_locale(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code)


@pytest.fixture
def tree(home_page, translate, sections):
    """English placements in DE and ES (closed, open, a closed draft); content pages translated
    into German up to date, out of date, or aliased only; every other page aliased."""
    translate(home_page, "de", {"Home": "Startseite"})
    placements = {
        "de_closed": placement(sections["DE"], "Closed in Berlin", days(-3), "DE"),
        "de_closed_older": placement(sections["DE"], "Closed long ago in Munich", days(-40), "DE"),
        "de_open": placement(sections["DE"], "Open in Hamburg", days(10), "DE"),
        "es_closed": placement(sections["ES"], "Closed in Madrid", days(-2), "ES"),
    }
    draft = OpportunityPageFactory(
        parent=sections["DE"], title="Closed draft in Cologne", country="DE", application_deadline=days(-5)
    )
    draft.unpublish()
    pages = {}
    for key, title in [("current", "Up-to-date page"), ("stale", "Stale page"), ("aliased", "Aliased page")]:
        pages[key] = ContentPageFactory(parent=home_page, title=title, slug=key)
        pages[key].save_revision().publish()
    translate(pages["current"], "de", {"Up-to-date page": "Aktuelle Seite"})
    translate(pages["stale"], "de", {"Stale page": "Veraltete Seite"})
    sync_trees()
    # The stale page's source is published after its translation; the others' before.
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Page.objects.filter(locale__language_code="en").update(last_published_at=long_ago)
    Page.objects.filter(pk=pages["stale"].pk).update(last_published_at=timezone.now() + datetime.timedelta(hours=1))
    setup_roles(log=lambda message: None)
    return {"placements": placements, "draft": draft, "pages": pages, "sections": sections}


@pytest.fixture
def user_in(django_user_model):
    def make(*group_names):
        user = django_user_model.objects.create_user("-".join(group_names).lower().replace(" ", "-"), password="x" * 16)
        user.groups.add(*Group.objects.filter(name__in=group_names))
        return user

    return make


def dashboard(client, user):
    verified_login(client, user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def target_pk(page, code):
    target = Page.objects.filter(translation_key=page.translation_key, locale__language_code=code).first()
    return target.pk if target else page.pk


def expected_to_translate(code):
    """Brute force: live source pages whose ``code`` page is missing, an alias, never published
    or published before the source."""
    found = []
    for source in Page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2):
        target = Page.objects.filter(translation_key=source.translation_key, locale__language_code=code).first()
        if target is None or target.alias_of_id is not None or target.last_published_at is None:
            found.append(source)
        elif source.last_published_at and target.last_published_at < source.last_published_at:
            found.append(source)
    return found


@pytest.mark.parametrize("role", [editors_group_name, moderators_group_name])
def test_country_editors_and_moderators_see_their_closed_placements(client, tree, user_in, role):
    html = dashboard(client, user_in(role("DE")))
    assert PAST_DEADLINE in html
    for key in ("de_closed", "de_closed_older"):
        page = tree["placements"][key]
        assert page.title in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "2 placements whose deadline has passed" in html
    assert "Open in Hamburg" not in html  # still open
    assert "Closed in Madrid" not in html  # another country
    assert "Closed draft in Cologne" not in html  # not live
    # The German-tree alias of a closed placement is not listed (source language only).
    alias = in_locale(tree["placements"]["de_closed"], "de")
    assert reverse("wagtailadmin_pages:edit", args=[alias.pk]) not in html
    assert TRANSLATIONS_DE not in html


def test_a_moderator_of_two_countries_sees_both(client, tree, user_in):
    html = dashboard(client, user_in(moderators_group_name("DE"), editors_group_name("ES")))
    assert "Closed in Berlin" in html and "Closed in Madrid" in html
    assert "3 placements whose deadline has passed" in html


def test_no_panel_when_nothing_is_past_deadline(client, tree, user_in):
    html = dashboard(client, user_in(editors_group_name("IT")))
    assert PAST_DEADLINE not in html


def test_at_most_ten_placements_listed_with_the_count(client, tree, user_in):
    for n in range(12):
        placement(tree["sections"]["DE"], f"Bulk closed {n}", days(-100 - n), "DE")
    html = dashboard(client, user_in(editors_group_name("DE")))
    assert "14 placements whose deadline has passed" in html
    assert html.count("Bulk closed") == 10  # oldest deadlines first: the 12 bulk ones, cut at 10


def test_translators_see_missing_and_out_of_date_translations(client, tree, user_in, home_page):
    for n in range(3):
        ContentPageFactory(parent=home_page, title=f"Untranslated {n}").save_revision().publish()
    html = dashboard(client, user_in(translators_group_name("de")))
    assert TRANSLATIONS_DE in html
    pages = tree["pages"]
    # The stale page's source is the latest published: it comes first, linked to its German page.
    assert "Stale page" in html
    assert reverse("wagtailadmin_pages:edit", args=[in_locale(pages["stale"], "de").pk]) in html
    assert "Out of date" in html and "Missing" in html
    assert "Up-to-date page" not in html
    expected = expected_to_translate("de")
    expected_pks = {page.pk for page in expected}
    assert {pages["stale"].pk, pages["aliased"].pk} <= expected_pks and pages["current"].pk not in expected_pks
    assert f"{len(expected)} pages to translate" in html
    assert len(expected) > 10  # aliases of the index, sections, placements...: the list is cut
    # Linked to the German page, or to the source page where there is none yet (not synced).
    listed = [page for page in expected if reverse("wagtailadmin_pages:edit", args=[target_pk(page, "de")]) in html]
    assert len(listed) == 10
    assert PAST_DEADLINE not in html


def test_translators_into_another_language(client, tree, user_in):
    html = dashboard(client, user_in(translators_group_name("pl")))
    assert "Translations into Polish missing or out of date" in html
    assert TRANSLATIONS_DE not in html
    assert f"{len(expected_to_translate('pl'))} pages to translate" in html


@pytest.mark.parametrize("group", [NETWORK_EDITORS, None])
def test_others_see_neither_panel(client, tree, user_in, django_user_model, group):
    if group:
        user = user_in(group)
    else:
        user = django_user_model.objects.create_superuser("admin", "admin@example.org", "x" * 16)
    html = dashboard(client, user)
    assert "missing or out of date" not in html
    assert PAST_DEADLINE not in html


def test_dashboard_queries_do_not_grow_with_the_pages(client, tree, user_in):
    user = user_in(translators_group_name("de"), moderators_group_name("DE"))
    verified_login(client, user)
    client.get("/admin/")  # warm up: sessions, caches

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/").status_code == 200
        return len(captured)

    before = queries()
    for n in range(15):
        placement(tree["sections"]["DE"], f"More closed {n}", days(-10 - n), "DE")
        ContentPageFactory(parent=Page.objects.get(pk=tree["pages"]["aliased"].pk).specific, title=f"More {n}")
    sync_trees()
    after = queries()
    assert after == before
