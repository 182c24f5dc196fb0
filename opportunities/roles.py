"""Who may do what: groups, page permissions, workflows and collections.

The one "groups command" (``manage.py setup_roles``), idempotent, run by
``make run`` and by the demo. Adding a language or a host country is a settings
change plus one more run.

Per host country C (``settings.PATHWAY_HOST_COUNTRIES``):
    "Editors C"      add and edit pages in C's sections, in every language's tree,
                     and submit them for moderation; C's image and document collection
    "Moderators C"   the same, plus publish; they approve C's moderation workflow
    "Moderation C"   a workflow on every C section: publishing needs a moderator's approval
Per language L other than the source (``settings.LANGUAGES``):
    "Translators L"  edit and publish pages in L's tree: wagtail-localize's translation
                     editor has only a Publish action, so translators publish translations
                     directly, in their own language's tree only
"Network editors"    the shared pages: guidelines index and network guidelines, quality
                     charter, passport, legal pages, in every language

Country sections and network pages are found by model, as named in the settings
``PATHWAY_COUNTRY_SECTION_MODELS`` and ``PATHWAY_NETWORK_PAGE_MODELS``: an app that
adds a country section type lists it there. Nobody but administrators manages
users, groups or settings: no group gets those permissions.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .sections import editors_group_name

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]
NETWORK_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
NETWORK_EDITORS = "Network editors"


def moderators_group_name(country):
    return f"Moderators {country}"


def translators_group_name(language_code):
    return f"Translators {language_code}"


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _models(setting):
    found = []
    for label in getattr(settings, setting, []):
        try:
            found.append(apps.get_model(label))
        except LookupError:
            continue
    return found


def country_sections(country):
    """Every country section page of ``country``, of every section type, in every locale."""
    pages = []
    for model in _models("PATHWAY_COUNTRY_SECTION_MODELS"):
        pages.extend(model.objects.filter(country=country))
    return pages


def network_pages():
    pages = []
    for model in _models("PATHWAY_NETWORK_PAGE_MODELS"):
        queryset = model.objects.all()
        if hasattr(model, "show_in_footer"):  # content pages: only the legal ones are network pages
            queryset = queryset.filter(show_in_footer=True)
        pages.extend(queryset)
    return pages


def _grant_pages(group, pages, codenames):
    for page in pages:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission("wagtailcore", codename)
            )


def _group(name):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    return group


def ensure_collection(country):
    root = Collection.get_first_root_node()
    name = f"Country {country}"
    collection = root.get_children().filter(name=name).first()
    return collection or root.add_child(name=name)


def ensure_workflow(country, moderators, sections):
    workflow, _ = Workflow.objects.get_or_create(name=f"Moderation {country}")
    task = GroupApprovalTask.objects.filter(name=f"Approval by moderators {country}").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"Approval by moderators {country}")
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for section in sections:
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_country(country):
    sections = country_sections(country)
    editors = _group(editors_group_name(country))
    moderators = _group(moderators_group_name(country))
    _grant_pages(editors, sections, EDITOR_PAGE_PERMISSIONS)
    _grant_pages(moderators, sections, MODERATOR_PAGE_PERMISSIONS)
    collection = ensure_collection(country)
    for group in (editors, moderators):
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, codename)
            )
    ensure_workflow(country, moderators, sections)
    return editors, moderators


@transaction.atomic
def setup_language(language_code):
    translators = _group(translators_group_name(language_code))
    homes = Page.objects.filter(depth=2, locale__language_code=language_code)
    _grant_pages(translators, homes, TRANSLATOR_PAGE_PERMISSIONS)
    return translators


@transaction.atomic
def setup_network_editors():
    group = _group(NETWORK_EDITORS)
    _grant_pages(group, network_pages(), NETWORK_PAGE_PERMISSIONS)
    return group


def setup_roles(log=print):
    for country in settings.PATHWAY_HOST_COUNTRIES:
        setup_country(country)
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    for language_code in languages:
        if Locale.objects.filter(language_code=language_code).exists():
            setup_language(language_code)
    setup_network_editors()
    log(
        f"roles: editors and moderators for {len(settings.PATHWAY_HOST_COUNTRIES)} countries, "
        f"translators for {len(languages)} languages, network editors"
    )
