"""Each row checked with the page editor's own form: the rules (and messages) an editor meets
when they type the placement into the admin.

``validate_sheet(sheet, section, user)`` gives a ``Plan``: one ``RowPlan`` per data row, with its
errors by column (messages in the active language), the existing page it updates (by
``external_id``), what it would change, and, when valid, the page object ready to save.
Nothing is written here.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.forms import Field
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page

from .cells import html_to_text, page_cells, split_list, text_to_html
from .columns import PAIR_SEPARATOR, SPEC

FALLBACK_ID_PREFIX = "wagtail-"  # what the exporter writes for a page that has no external ID


@dataclass
class RowError:
    row: int | None  # None: the whole file
    column: str | None  # None: the whole row
    message: str


@dataclass
class RowPlan:
    number: int
    cells: dict
    external_id: str = ""
    errors: list = field(default_factory=list)
    existing: Page | None = None  # the source-language page this row updates
    page: Page | None = None  # the page object with the row's values, when valid
    action: str = "invalid"  # create, update, unchanged, invalid
    changed: list = field(default_factory=list)  # the columns an update changes

    @property
    def valid(self):
        return not self.errors

    @property
    def title(self):
        return self.cells.get("title", "")


@dataclass
class Plan:
    section: Page
    rows: list = field(default_factory=list)
    file_errors: list = field(default_factory=list)

    @property
    def errors(self):
        found = list(self.file_errors)
        for row in self.rows:
            found.extend(row.errors)
        return found

    @property
    def valid_rows(self):
        return [row for row in self.rows if row.valid]

    @property
    def invalid_rows(self):
        return [row for row in self.rows if not row.valid]

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)


def required_message():
    return str(Field.default_error_messages["required"])


def form_class():
    from opportunities.models import OpportunityPage

    return OpportunityPage.get_edit_handler().get_form_class()


def check_headers(headers, wanted=None):
    """File-level errors: missing and unknown columns."""
    wanted = wanted or SPEC.names
    errors = []
    missing = [name for name in wanted if name not in headers]
    if missing:
        errors.append(RowError(None, None, _("Columns missing: %(columns)s.") % {"columns": ", ".join(missing)}))
    unknown = [name for name in headers if name and name not in SPEC.names]
    if unknown:
        errors.append(
            RowError(None, None, _("Columns not in the template: %(columns)s.") % {"columns": ", ".join(unknown)})
        )
    duplicated = sorted({name for name in headers if name and headers.count(name) > 1})
    if duplicated:
        errors.append(RowError(None, None, _("Columns given twice: %(columns)s.") % {"columns": ", ".join(duplicated)}))
    return errors


def host_pages(slugs, locale):
    """``{slug: page}`` of organisation profiles in ``locale`` (any page, when no organisation app
    is installed)."""
    if not slugs:
        return {}
    try:
        model = apps.get_model("enterprises", "OrganisationPage")
    except LookupError:
        model = Page
    found = {}
    for page in model.objects.filter(slug__in=slugs, locale=locale, alias_of__isnull=True).order_by("path"):
        found.setdefault(page.slug, page)
    return found


def existing_pages(section, ids):
    """``{external id: page}`` of the section's source pages (aliases left out); an ID the
    exporter made up for a page without one (``wagtail-<id>``) finds that page."""
    from opportunities.models import OpportunityPage

    pages = OpportunityPage.objects.child_of(section).filter(alias_of__isnull=True)
    found = {page.external_id: page for page in pages.filter(external_id__in=ids)}
    fallback = {}
    for external_id in ids:
        number = external_id.removeprefix(FALLBACK_ID_PREFIX)
        if external_id not in found and external_id.startswith(FALLBACK_ID_PREFIX) and number.isdigit():
            fallback[int(number)] = external_id
    for page in pages.filter(pk__in=fallback, external_id=""):
        found[fallback[page.pk]] = page
    return found


def _code(vocabulary, text):
    """The vocabulary's code for ``text``, whatever its case (``de`` for a country is ``DE``)."""
    for code, _label in vocabulary:
        if str(code).lower() == text.lower():
            return str(code)
    return text


class RowForm:
    """Builds the page form's data from one row's cells and maps its errors back to columns."""

    def __init__(self, section, user, form_cls, hosts, sibling_slugs):
        self.section, self.user, self.form_cls = section, user, form_cls
        self.hosts, self.slugs = hosts, sibling_slugs

    def data(self, row, instance):
        data, errors = {}, []
        cells = row.cells
        for column in SPEC.columns:
            text = cells.get(column.name, "")
            name = column.name
            if column.kind == "rows":
                errors.extend(self._rows(data, column, text, instance, row.number))
            elif column.kind == "tags":
                data[name] = ", ".join(f'"{tag}"' for tag in split_list(text))
            elif column.kind == "host":
                data[name] = ""
                if text:
                    host = self.hosts.get(text)
                    if host is None:
                        errors.append(
                            RowError(
                                row.number, name, _("No organisation profile has the slug “%(slug)s”.") % {"slug": text}
                            )
                        )
                    else:
                        data[name] = str(host.pk)
            elif column.kind == "richtext":
                old = getattr(instance, name, "") or ""
                value = (
                    old if instance.pk and html_to_text(old) == html_to_text(text_to_html(text)) else text_to_html(text)
                )
                data[name] = self.form_cls.base_fields[name].widget.format_value(value)
            elif column.kind == "choice":
                data[name] = _code(column.vocabulary, text) if text else ""
            else:
                data[name] = text
        if not data["country"]:
            data["country"] = self.section.country
        elif data["country"] != self.section.country:
            errors.append(
                RowError(
                    row.number,
                    "country",
                    _("This section takes placements in %(country)s only.") % {"country": self.section.country},
                )
            )
        if not data["slug"]:
            data["slug"] = instance.slug if instance.pk else self._new_slug(data["title"])
        return data, errors

    def _new_slug(self, title):
        base = slugify(title, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))[:240] or "placement"
        slug, number = base, 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug

    def _rows(self, data, column, text, instance, number):
        errors = []
        values = []
        for entry in split_list(text):
            parts = [part.strip() for part in entry.split(PAIR_SEPARATOR)] if len(column.row_fields) > 1 else [entry]
            if len(parts) != len(column.row_fields):
                errors.append(
                    RowError(
                        number,
                        column.name,
                        _("Write each entry as two codes joined by “:”, such as de:B1 (not “%(entry)s”).")
                        % {"entry": entry},
                    )
                )
                continue
            values.append(
                [
                    _code(vocabulary, part) if vocabulary else part
                    for part, vocabulary in zip(parts, column.row_vocabularies, strict=True)
                ]
            )
        if column.required and not values and not errors:
            errors.append(RowError(number, column.name, required_message()))
        existing = list(getattr(instance, column.name).all()) if instance.pk else []
        prefix = column.name
        total = max(len(existing), len(values))
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(total),
                f"{prefix}-INITIAL_FORMS": str(len(existing)),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
        for index in range(total):
            key = f"{prefix}-{index}"
            data[f"{key}-ORDER"] = str(index + 1)
            if index < len(existing):
                data[f"{key}-id"] = str(existing[index].pk)
            if index < len(values):
                for name, value in zip(column.row_fields, values[index], strict=True):
                    data[f"{key}-{name}"] = value
            else:
                for name in column.row_fields:
                    value = getattr(existing[index], name)
                    data[f"{key}-{name}"] = value.isoformat() if hasattr(value, "isoformat") else str(value)
                data[f"{key}-DELETE"] = "on"
        return errors

    def bind(self, data, instance):
        form = self.form_cls(data, instance=instance, parent_page=self.section, for_user=self.user)
        # Fields the spreadsheet does not carry keep the page's values (learning outcomes, SEO ...).
        for name in list(form.fields):
            if name not in SPEC.by_name:
                del form.fields[name]
        form.formsets.pop("comments", None)
        return form

    def form_errors(self, form, number):
        errors = []
        for name, messages in form.errors.items():
            column = name if name in SPEC.by_name else None
            errors.extend(RowError(number, column, str(message)) for message in messages)
        for name, formset in form.formsets.items():
            column = name if name in SPEC.by_name else None
            errors.extend(RowError(number, column, str(message)) for message in formset.non_form_errors())
            for subform in formset.forms:
                if formset.can_delete and formset._should_delete_form(subform):
                    continue
                for messages in subform.errors.values():
                    errors.extend(RowError(number, column, str(message)) for message in messages)
        unique = []
        for error in errors:
            if (error.column, error.message) not in {(e.column, e.message) for e in unique}:
                unique.append(error)
        return unique


def validate_sheet(sheet, section, user):
    """The ``Plan`` of ``sheet`` for ``section`` (a source-language country section)."""
    from opportunities.models import OpportunityPage

    plan = Plan(section=section, file_errors=check_headers(sheet.headers))
    if plan.file_errors:  # the rows cannot be read for sure: nothing more to say
        return plan
    plan.rows = [RowPlan(number=number, cells=cells) for number, cells in sheet.rows]
    ids = [row.cells.get("external_id", "") for row in plan.rows]
    existing = existing_pages(section, [i for i in ids if i])
    hosts = host_pages(
        {row.cells["host_organisation"] for row in plan.rows if row.cells.get("host_organisation")}, section.locale
    )
    sibling_slugs = set(Page.objects.child_of(section).values_list("slug", flat=True))
    builder = RowForm(section, user, form_class(), hosts, sibling_slugs)
    seen_ids, seen_slugs = {}, {}
    for row in plan.rows:
        row.external_id = row.cells.get("external_id", "")
        if not row.external_id:
            row.errors.append(RowError(row.number, "external_id", required_message()))
        elif row.external_id in seen_ids:
            row.errors.append(
                RowError(
                    row.number,
                    "external_id",
                    _("This external ID is already on row %(row)s.") % {"row": seen_ids[row.external_id]},
                )
            )
        else:
            seen_ids[row.external_id] = row.number
        row.existing = existing.get(row.external_id)
        if row.existing is not None:
            instance = row.existing.get_latest_revision_as_object()
        else:
            instance = OpportunityPage(owner=user, locale=section.locale)
        before = page_cells(instance) if instance.pk else None
        data, errors = builder.data(row, instance)
        row.errors.extend(errors)
        slug = data.get("slug")
        if slug in seen_slugs:
            row.errors.append(
                RowError(row.number, "slug", _("This slug is already on row %(row)s.") % {"row": seen_slugs[slug]})
            )
        elif slug:
            seen_slugs[slug] = row.number
        form = builder.bind(data, instance)
        if not form.is_valid():
            row.errors.extend(builder.form_errors(form, row.number))
        if row.errors:
            row.action = "invalid"
            continue
        row.page = form.save(commit=False)
        if before is None:
            row.action = "create"
        else:
            after = page_cells(row.page)
            row.changed = [name for name in SPEC.names if before.get(name) != after.get(name)]
            row.action = "update" if row.changed else "unchanged"
            # A page in moderation (or locked by someone) is not changed, as in the editor; a row
            # that changes nothing is fine.
            lock = row.existing.get_lock() if row.changed else None
            if lock is not None and lock.for_user(user):
                row.errors.append(RowError(row.number, None, strip_tags(str(lock.get_message(user)))))
                row.action, row.page = "invalid", None
    return plan
