"""Writing a validated plan: the steps the page editor takes, row by row, in one transaction.

A new row becomes a draft page in the country section of the source tree, with its aliases in
every other language (what wagtail-localize's ``after_create_page`` hook does in the admin), and
is submitted to the section's moderation workflow when asked. A row with an existing page's
``external_id`` becomes a new revision of that page: a draft when the page is live, as the
editor's "Save draft" makes it; a row that changes nothing is left alone.

Each page is indexed (site search, reference index) once, when every row is written
(``home.indexing.indexing_batched``), not at each of the dozen saves a row costs.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, WorkflowState

from home.indexing import indexing_batched
from home.roles import user_countries


@dataclass
class Result:
    created: list = field(default_factory=list)  # RowPlans, each with its page
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # invalid rows left out
    submitted: int = 0


def source_section(country):
    """The country's section of the source-language tree, or None."""
    from opportunities.models import CountrySectionPage

    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    return CountrySectionPage.objects.filter(country=country.upper(), locale=locale).order_by("path").first()


def may_import(user, section):
    """Editors and moderators of the section's country, and administrators."""
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return False
    if not user.is_superuser and section.country not in user_countries(user):
        return False
    return section.permissions_for_user(user).can_add_subpage()


def rights_message(user, section):
    return _("%(user)s may not import placements into %(country)s.") % {
        "user": user.get_username(),
        "country": section.country,
    }


def check_rights(user, section):
    if not may_import(user, section):
        raise PermissionDenied(rights_message(user, section))


def write(plan, user, submit=False, progress=None):
    """Write the plan's valid rows (the caller decides whether invalid ones stop it);
    ``progress(done, total)`` is told before each row and when every row is written."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    check_rights(user, plan.section)
    result = Result(skipped=plan.invalid_rows)
    rows = plan.valid_rows
    with transaction.atomic(), indexing_batched():
        for done, row in enumerate(rows):
            if progress is not None:
                progress(done, len(rows))
            if row.action == "unchanged":
                result.unchanged.append(row)
                continue
            page = row.page
            if row.action == "create":
                page.live = False
                page.owner = user
                plan.section.add_child(instance=page)
                page.save_revision(user=user, log_action=True, clean=False)
                create_aliases_for_new_page(page)
                result.created.append(row)
            else:
                if not row.existing.permissions_for_user(user).can_edit():
                    raise PermissionDenied(
                        _("%(user)s may not edit “%(title)s”.") % {"user": user, "title": page.title}
                    )
                if not page.live:
                    page.save()
                page.save_revision(user=user, log_action=True, previous_revision=row.existing.get_latest_revision())
                result.updated.append(row)
            if submit and _submit(page, user):
                result.submitted += 1
        if progress is not None:
            progress(len(rows), len(rows))
    return result


def _submit(page, user):
    """Submit ``page`` to its moderation workflow, as the editor's "Submit for moderation" does."""
    workflow = page.get_workflow()
    if workflow is None:
        return False
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None:
        workflow.start(page, user)
    return True
