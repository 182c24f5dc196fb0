"""The roles as a matrix: role x action x country/language, allowed and refused.

The rule for translations (``home.translation_access``): a user may start, sync and publish
the translation of a page into language L exactly when they could publish that page in L's
tree. Page permissions themselves come from ``home.roles``.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.factories import ContentPageFactory
from home.locales import sync_trees
from home.roles import NETWORK_EDITORS, editors_group_name, moderators_group_name, setup_roles, translators_group_name
from home.testing import verified_login
from home.translation_access import may_translate_into
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

ROLES = {
    "editor DE": editors_group_name("DE"),
    "moderator DE": moderators_group_name("DE"),
    "editor ES": editors_group_name("ES"),
    "moderator ES": moderators_group_name("ES"),
    "translator pl": translators_group_name("pl"),
    "translator de": translators_group_name("de"),
    "network": NETWORK_EDITORS,
}


@pytest.fixture
def tree(home_page, translate, sections):
    """English DE and ES sections with a placement each (new in the source tree: an alias in
    every other language), a privacy notice; the German and Polish homes translated."""
    placements = {
        country: OpportunityPageFactory(parent=sections[country], title=f"Placement in {country}", country=country)
        for country in ("DE", "ES")
    }
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice", show_in_footer=True)
    translate(home_page, "de")
    translate(home_page, "pl")
    sync_trees()
    setup_roles(log=lambda message: None)
    return {"placements": placements, "privacy": privacy, "sections": sections}


@pytest.fixture
def user_in(django_user_model):
    def make(role):
        group_name = ROLES[role]
        user = django_user_model.objects.create_user(
            group_name.lower().replace(" ", "-"), email=f"{group_name.lower().replace(' ', '.')}@example.org"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def logged_in(client, user_in):
    def login(role):
        user = user_in(role)
        verified_login(client, user)
        return user

    return login


def in_locale(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code).specific


def locale(code):
    return Locale.objects.get(language_code=code)


# --- the rule, as a matrix --------------------------------------------------------------

# (role, page, target language) -> may start/sync/publish that translation
TRANSLATE_MATRIX = [
    ("translator pl", "DE", "pl", True),
    ("translator pl", "ES", "pl", True),
    ("translator pl", "privacy", "pl", True),
    ("translator pl", "DE", "de", False),
    ("translator pl", "DE", "fr", False),
    ("translator de", "ES", "de", True),
    ("translator de", "ES", "pl", False),
    ("moderator DE", "DE", "pl", True),
    ("moderator DE", "DE", "de", True),
    ("moderator DE", "ES", "pl", False),
    ("moderator DE", "privacy", "pl", False),
    ("moderator ES", "ES", "it", True),
    ("moderator ES", "DE", "it", False),
    ("editor DE", "DE", "pl", False),  # editors submit, moderators publish
    ("editor DE", "DE", "de", False),
    ("editor ES", "ES", "es", False),
    ("network", "privacy", "pl", True),
    ("network", "DE", "pl", False),
]


def test_translation_rule_matrix(tree, user_in):
    # one tree for the whole matrix (building it is the slow part)
    users = {role: user_in(role) for role in ROLES}
    found = {
        (role, page, language): may_translate_into(
            users[role], tree["privacy"] if page == "privacy" else tree["placements"][page], locale(language)
        )
        for role, page, language, _allowed in TRANSLATE_MATRIX
    }
    assert found == {(role, page, language): allowed for role, page, language, allowed in TRANSLATE_MATRIX}


# role -> (may edit, may publish) the DE placement in the English / German / Polish tree
EDIT_MATRIX = {
    "editor DE": {"en": (True, False), "de": (True, False), "pl": (True, False)},
    "moderator DE": {"en": (True, True), "de": (True, True), "pl": (True, True)},
    "editor ES": {"en": (False, False), "de": (False, False), "pl": (False, False)},
    "moderator ES": {"en": (False, False), "de": (False, False), "pl": (False, False)},
    "translator pl": {"en": (False, False), "de": (False, False), "pl": (True, True)},
    "translator de": {"en": (False, False), "de": (True, True), "pl": (False, False)},
    "network": {"en": (False, False), "de": (False, False), "pl": (False, False)},
}


def test_page_permission_matrix(tree, user_in):
    found = {}
    for role in EDIT_MATRIX:
        user = user_in(role)
        for code in EDIT_MATRIX[role]:
            perms = in_locale(tree["placements"]["DE"], code).permissions_for_user(user)
            found.setdefault(role, {})[code] = (perms.can_edit(), perms.can_publish())
    assert found == EDIT_MATRIX


def test_who_holds_submit_translation(tree):
    holders = set(
        Group.objects.filter(
            permissions__codename="submit_translation", permissions__content_type__app_label="wagtail_localize"
        ).values_list("name", flat=True)
    )
    assert {translators_group_name("pl"), moderators_group_name("DE"), NETWORK_EDITORS} <= holders
    assert editors_group_name("DE") not in holders


# --- through the admin ------------------------------------------------------------------


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def offered_locales(response):
    return {choice.pk for choice in response.context["form"].fields["locales"].queryset}


def test_polish_translator_starts_edits_and_publishes_a_polish_translation(
    client, tree, logged_in, django_capture_on_commit_callbacks
):
    logged_in("translator pl")
    source = tree["placements"]["DE"]
    alias = in_locale(source, "pl")
    assert alias.alias_of_id == source.pk  # new in the source tree: an alias

    # The Polish alias's edit view offers "Translate this page", pointing at the guarded form.
    response = client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk]))
    assert response.status_code == 200
    assert f'href="{submit_url(source)}?select_locale=pl' in response.content.decode()

    response = client.get(submit_url(source), {"select_locale": "pl"})
    assert response.status_code == 200
    assert offered_locales(response) == {locale("pl").pk}  # only their own language is offered
    assert [item.pk for item in response.context["form"].initial["locales"]] == [locale("pl").pk]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(source), {"locales": [locale("pl").pk]})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    polish = in_locale(source, "pl")
    assert polish.alias_of_id is None

    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=locale("pl"))
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    edit_string = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        edit_string, urlencode({"value": "Praktyka w Niemczech"}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[polish.pk]), {"action": "publish"})
    assert response.status_code in (200, 302)
    polish.refresh_from_db()
    assert polish.live and polish.title == "Praktyka w Niemczech"
    assert in_locale(source, "de").alias_of_id == source.pk  # no other language touched


def test_polish_translator_cannot_submit_a_german_translation(client, tree, logged_in):
    logged_in("translator pl")
    source = tree["placements"]["DE"]
    response = client.post(submit_url(source), {"locales": [locale("de").pk]})
    assert response.status_code == 200  # the form again, with the refusal
    errors = response.context["form"].errors["locales"]
    assert errors == ["You can translate this page only into Polish."]
    assert in_locale(source, "de").alias_of_id == source.pk
    assert not Translation.objects.filter(source__object_id=source.translation_key).exists()

    response = client.post(submit_url(source), {"locales": [locale("pl").pk, locale("de").pk]})
    assert response.status_code == 200 and response.context["form"].errors["locales"]
    assert in_locale(source, "pl").alias_of_id == source.pk  # nothing half-done


def test_translator_cannot_translate_the_source_tree_of_a_language_they_do_not_hold(client, tree, logged_in):
    logged_in("translator de")
    response = client.get(submit_url(tree["placements"]["ES"]))
    assert offered_locales(response) == {locale("de").pk}


@pytest.mark.parametrize("role", ["editor DE", "editor ES", "moderator ES"])
def test_roles_without_a_language_for_the_page_are_refused_the_submit_form(client, tree, logged_in, role):
    logged_in(role)
    source = tree["placements"]["DE"]
    # refused: 403, or Wagtail's "no permission" redirect for those without submit_translation
    assert client.get(submit_url(source)).status_code in (302, 403)
    assert client.post(submit_url(source), {"locales": [locale("pl").pk]}).status_code in (302, 403)
    assert in_locale(source, "pl").alias_of_id == source.pk


def test_moderator_translates_their_countrys_page(client, tree, logged_in, django_capture_on_commit_callbacks):
    logged_in("moderator DE")
    source = tree["placements"]["DE"]
    response = client.get(submit_url(source))
    assert offered_locales(response) == {locale(code).pk for code in ("de", "es", "it", "pl", "fr")}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(submit_url(source), {"locales": [locale("it").pk]}).status_code == 302
    assert in_locale(source, "it").alias_of_id is None


@pytest.fixture
def translated_placement(tree, translate):
    """The DE placement translated into German and Polish, then changed in English."""
    source = tree["placements"]["DE"]
    translate(source, "de", {"title": "Praktikum in Deutschland"})
    translate(source, "pl", {"title": "Praktyka w Niemczech"})
    source.title = "Placement in Leipzig"
    source.save_revision().publish()
    return source


def update_url(source_page):
    return reverse(
        "wagtail_localize:update_translations", args=[TranslationSource.objects.get_for_instance(source_page).pk]
    )


def test_translator_syncs_and_publishes_their_own_language_only(
    client, translated_placement, logged_in, django_capture_on_commit_callbacks
):
    logged_in("translator pl")
    source = translated_placement
    response = client.get(update_url(source))
    assert response.status_code == 200
    assert [item["locale"].language_code for item in response.context["translations"]] == ["pl"]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url(source), {"publish_translations": "on"})
    assert response.status_code == 302
    # the changed title has no Polish translation yet: it falls back to the new English text
    assert in_locale(source, "pl").title == "Placement in Leipzig"
    assert in_locale(source, "de").title == "Praktikum in Deutschland"  # German untouched


@pytest.mark.parametrize("role", ["editor DE", "editor ES", "moderator ES", "network"])
def test_sync_is_refused_to_roles_that_may_publish_none_of_the_translations(
    client, translated_placement, logged_in, role
):
    logged_in(role)
    source = translated_placement
    assert client.get(update_url(source)).status_code in (302, 403)
    assert client.post(update_url(source), {"publish_translations": "on"}).status_code in (302, 403)
    assert in_locale(source, "pl").title == "Praktyka w Niemczech"


def test_german_editor_cannot_edit_a_spanish_page(client, tree, logged_in):
    logged_in("editor DE")
    for code in ("en", "de", "pl"):
        spanish = in_locale(tree["placements"]["ES"], code)
        assert client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).status_code in (302, 403), code
        german = in_locale(tree["placements"]["DE"], code)
        assert client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).status_code == 200, code


def test_polish_translator_cannot_publish_german(client, tree, logged_in, translate):
    logged_in("translator pl")
    german = translate(tree["placements"]["DE"], "de", {"title": "Praktikum in Deutschland"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[german.pk]), {"action": "publish"})
    assert response.status_code in (302, 403)
    german.refresh_from_db()
    assert german.title == "Praktikum in Deutschland"
    assert german.get_latest_revision().user is None
