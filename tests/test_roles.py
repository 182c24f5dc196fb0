"""The access-control matrix: each role, two countries, two languages, each action."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow

from home.factories import ContentPageFactory
from home.locales import sync_trees
from home.roles import NETWORK_EDITORS, editors_group_name, moderators_group_name, setup_roles, translators_group_name
from home.testing import verified_login
from opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page, translate, sections):
    """English DE and ES sections with a placement each, privacy notice; the German tree
    translated at the top and aliased below; the Polish tree all aliases."""
    placements = {
        country: OpportunityPageFactory(parent=sections[country], title=f"Placement in {country}", country=country)
        for country in ("DE", "ES")
    }
    privacy = ContentPageFactory(parent=home_page, slug="privacy", title="Privacy notice", show_in_footer=True)
    translate(home_page, "de")
    sync_trees()
    setup_roles(log=lambda message: None)
    return {"placements": placements, "privacy": privacy, "sections": sections}


def in_locale(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code).specific


@pytest.fixture
def user_in(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(group_name.lower().replace(" ", "-"), password="x" * 16)
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def perms(page, user):
    p = page.permissions_for_user(user)
    return {"edit": p.can_edit(), "add": p.can_add_subpage(), "publish": p.can_publish(), "delete": p.can_delete()}


def test_country_editor(tree, user_in):
    editor = user_in(editors_group_name("DE"))
    for code in ("en", "de", "pl"):
        own = in_locale(tree["placements"]["DE"], code)
        assert perms(own, editor)["edit"], code
        assert not perms(own, editor)["publish"], code  # editors submit; moderators publish
        assert perms(in_locale(tree["sections"]["DE"], code), editor)["add"], code
        other = in_locale(tree["placements"]["ES"], code)
        assert perms(other, editor) == {"edit": False, "add": False, "publish": False, "delete": False}, code
    assert not perms(tree["privacy"], editor)["edit"]


def test_country_moderator(tree, user_in):
    moderator = user_in(moderators_group_name("ES"))
    assert perms(tree["placements"]["ES"], moderator)["publish"]
    assert perms(in_locale(tree["placements"]["ES"], "pl"), moderator)["publish"]
    assert not perms(tree["placements"]["DE"], moderator)["edit"]


def test_translator_works_only_in_their_language(tree, user_in):
    translator = user_in(translators_group_name("pl"))
    polish = in_locale(tree["placements"]["DE"], "pl")
    assert perms(polish, translator)["edit"] and perms(polish, translator)["publish"]
    assert not perms(polish, translator)["add"]
    for code in ("en", "de"):
        assert perms(in_locale(tree["placements"]["DE"], code), translator) == {
            "edit": False,
            "add": False,
            "publish": False,
            "delete": False,
        }, code


def test_network_editor_keeps_shared_pages_only(tree, user_in):
    network = user_in(NETWORK_EDITORS)
    assert perms(tree["privacy"], network)["publish"]
    assert perms(in_locale(tree["privacy"], "pl"), network)["edit"]
    assert not perms(tree["placements"]["DE"], network)["edit"]


def test_nobody_but_administrators_manages_users_groups_or_settings(tree):
    for group in Group.objects.all():
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert not codenames & {"add_user", "change_user", "delete_user", "add_group", "change_group"}, group.name


def test_each_country_section_has_its_moderation_workflow(tree):
    for code in ("en", "de", "pl"):
        section = in_locale(tree["sections"]["DE"], code)
        workflow = section.get_workflow()
        assert workflow == Workflow.objects.get(name="Moderation DE")
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [moderators_group_name("DE")]


def test_setup_is_idempotent(tree):
    before = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    setup_roles(log=lambda message: None)
    assert (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count()) == before


def test_editor_submits_moderator_publishes(tree, user_in):
    editor = user_in(editors_group_name("DE"))
    moderator = user_in(moderators_group_name("DE"))
    section = tree["sections"]["DE"]
    page = OpportunityPageFactory.build(title="New placement in Leipzig", slug="leipzig", country="DE")
    section.add_child(instance=page)
    page.unpublish()
    revision = page.save_revision(user=editor)
    workflow_state = section.get_workflow().start(page, editor)
    assert not OpportunityPageFactory._meta.model.objects.get(pk=page.pk).live
    task_state = workflow_state.current_task_state
    assert task_state.task.specific.user_can_access_editor(page, moderator)
    assert not task_state.task.specific.get_actions(page, editor)  # the editor cannot approve
    task_state.task.specific.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk


def test_admin_refuses_an_editor_the_other_countrys_page(client, tree, user_in):
    editor = user_in(editors_group_name("DE"))
    verified_login(client, editor)
    assert client.get(f"/admin/pages/{tree['placements']['DE'].pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{tree['placements']['ES'].pk}/edit/")
    assert response.status_code in (302, 403)
    assert client.get("/admin/users/").status_code in (302, 403)
    assert client.get("/admin/groups/").status_code in (302, 403)
