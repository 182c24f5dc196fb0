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

Translations: translators, moderators and network editors hold wagtail-localize's global
``submit_translation`` permission ("Translate this page", "Sync translated pages"); the rule of
``home.translation_access`` narrows it to the languages whose tree lets them publish the page:
a translator translates into their own language only, a moderator their country's pages, a
network editor the shared pages. Editors do not hold it: they submit, moderators publish.

Country sections are found by type: every concrete ``home.sections.CountrySection``
of the installed apps. Network pages are the models named in the setting
``PATHWAY_NETWORK_PAGE_MODELS``. Nobody but administrators manages users, groups or
settings: no group gets those permissions.
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

from . import vocabularies as vocab
from .sections import section_models

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
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")


def editors_group_name(country):
    return f"Editors {country}"


def moderators_group_name(country):
    return f"Moderators {country}"


def translators_group_name(language_code):
    return f"Translators {language_code}"


def country_group_names(country):
    """The groups that work on ``country``'s pages and registrations: its editors and moderators."""
    return [editors_group_name(country), moderators_group_name(country)]


def country_groups():
    """``{group name: country}`` for the editors' and moderators' groups of every country of the
    vocabulary (a country that stops being a host keeps its groups' rights until they are removed)."""
    return {name: code for code in vocab.codes(vocab.COUNTRIES) for name in country_group_names(code)}


def user_countries(user):
    """The countries whose editors' or moderators' group ``user`` belongs to (cached on the user)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_pathway_countries", None)
    if cached is None:
        names = country_groups()
        cached = frozenset(names[name] for name in user.groups.filter(name__in=names).values_list("name", flat=True))
        user._pathway_countries = cached
    return cached


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _network_page_models():
    found = []
    for label in settings.PATHWAY_NETWORK_PAGE_MODELS:
        try:
            found.append(apps.get_model(label))
        except LookupError:  # an app that is not installed in this project
            continue
    return found


def country_sections(country):
    """Every country section page of ``country``, of every section type, in every locale."""
    pages = []
    for model in section_models():
        pages.extend(model.objects.filter(country=country))
    return pages


def network_pages():
    pages = []
    for model in _network_page_models():
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


def _group(name, *permissions):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for app_label, codename in permissions:
        group.permissions.add(_permission(app_label, codename))
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
    for section in sections:  # saved only when new or changed (a second demo run saves nothing)
        link, created = WorkflowPage.objects.get_or_create(page=section, defaults={"workflow": workflow})
        if not created and link.workflow_id != workflow.pk:
            link.workflow = workflow
            link.save(update_fields=["workflow"])
    return workflow


@transaction.atomic
def setup_country(country):
    sections = country_sections(country)
    editors = _group(editors_group_name(country))
    moderators = _group(moderators_group_name(country), SUBMIT_TRANSLATION)
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
    translators = _group(translators_group_name(language_code), SUBMIT_TRANSLATION)
    homes = Page.objects.filter(depth=2, locale__language_code=language_code)
    _grant_pages(translators, homes, TRANSLATOR_PAGE_PERMISSIONS)
    return translators


@transaction.atomic
def setup_network_editors():
    group = _group(NETWORK_EDITORS, SUBMIT_TRANSLATION)
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
