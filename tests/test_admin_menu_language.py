"""The admin's menus never carry another request's language.

Wagtail builds each menu's items once per process, in the language of the first request that
renders it; ``home.wagtail_hooks`` relabels the items whose labels are plain strings. Here the
dashboard is rendered in one process for a Spanish and then an English administrator (and the
other way round), with the menus' caches emptied first so that the first user builds them.
"""

import pytest
from wagtail.admin.menu import admin_menu, help_menu, reports_menu, settings_menu
from wagtail.users.models import UserProfile
from wagtail.utils.version import get_main_version

from home.testing import verified_login

pytestmark = pytest.mark.django_db

VERSION = get_main_version(include_patch=False)
LABELS = {
    "es": ["Traducciones", f"Novedades de Wagtail {VERSION}"],
    "en": ["Translations", f"What's new in Wagtail {VERSION}"],
}
# Words only the other language's menus would show (English words such as "Translations" may
# appear in a Spanish page for other reasons, e.g. inside a URL: checked as whole labels).
FOREIGN = {"en": ["Traducciones", "Novedades de Wagtail", "Informes", "Ayuda"], "es": ["What's new in Wagtail"]}


def forget_menus():
    for menu in (admin_menu, settings_menu, reports_menu, help_menu):
        menu.__dict__.pop("registered_menu_items", None)


@pytest.fixture
def admin_in(django_user_model, home_page):
    def make(language):
        user = django_user_model.objects.create_superuser(
            f"admin-{language}", email=f"admin-{language}@example.org", password="a long enough password"
        )
        UserProfile.objects.create(user=user, preferred_language=language)
        return user

    return make


def dashboard(client, user):
    client.logout()
    verified_login(client, user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("first, second", [("es", "en"), ("en", "es")])
def test_menus_follow_each_request_language(client, admin_in, first, second):
    users = {language: admin_in(language) for language in (first, second)}
    forget_menus()
    try:
        pages = {language: dashboard(client, users[language]) for language in (first, second)}
    finally:
        forget_menus()
    for language, page in pages.items():
        for label in LABELS[language]:
            assert label in page, f"{label!r} missing from the {language} dashboard"
        for foreign in FOREIGN[language]:
            assert foreign not in page, f"{foreign!r} leaked into the {language} dashboard"


def test_the_shared_menu_items_keep_their_first_label(client, admin_in):
    """The relabelling hands each request a copy: the cached item is never changed in place."""
    forget_menus()
    try:
        dashboard(client, admin_in("es"))
        cached = {item.name: str(item.label) for item in help_menu.registered_menu_items}
        dashboard(client, admin_in("en"))
        assert {item.name: str(item.label) for item in help_menu.registered_menu_items} == cached
    finally:
        forget_menus()
