"""The spreadsheet's columns, derived from ``OpportunityPage``: one column per field an editor fills.

A column is named by its field (or child relation), so headers are stable codes in every
language; its label, whether it is required and its vocabulary come from the model. The
template, the reader, the validation, the importer and the exporter all read ``COLUMNS``.

Cell formats (``Column.kind``):
    text       the text as typed
    choice     one code of the field's vocabulary (``vocabulary``)
    number     a whole number
    date       an ISO date, ``2027-03-01``
    host       the host organisation's profile page by its slug
    richtext   plain paragraphs, separated by an empty line
    tags       tags separated by ``;``
    rows       a child relation: one value per row, separated by ``;``; a row of two fields is
               written ``first:second`` (``de:B1``)
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

SEPARATOR = ";"
PAIR_SEPARATOR = ":"

# The editable fields and child relations of an opportunity, in the template's order. Everything
# else about a column is read from the model.
COLUMN_NAMES = [
    "external_id",
    "title",
    "slug",
    "summary",
    "host_organisation",
    "country",
    "city",
    "region",
    "sector",
    "field_of_education",
    "opportunity_type",
    "eqf_min",
    "eqf_max",
    "duration_min_weeks",
    "duration_max_weeks",
    "application_deadline",
    "places",
    "start_periods",
    "age_min",
    "age_max",
    "languages",
    "supports",
    "commitments",
    "costs_covered",
    "how_to_apply",
    "contact_role",
    "contact_email",
    "search_keywords",
    "tags",
]

# Filled in by the importer when left blank: the section's country, a slug made from the title.
OPTIONAL_IN_FILE = {"slug", "country"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    label: str
    required: bool
    vocabulary: list = field(default_factory=list)  # (code, label) pairs of a single-choice column
    row_fields: tuple = ()  # a child relation's fields, in cell order
    row_vocabularies: tuple = ()  # their vocabularies ([] for a free value such as a date)
    translatable: bool = False
    max_length: int | None = None

    def format_hint(self):
        """How to write a cell of this column, for the template's help sheet."""
        hints = {
            "text": _("Text"),
            "choice": _("One code from the vocabulary sheet"),
            "number": _("A whole number"),
            "date": _("A date written YYYY-MM-DD"),
            "host": _("The slug of the organisation's profile page"),
            "richtext": _("Plain paragraphs, separated by an empty line"),
            "tags": _("Tags separated by ;"),
        }
        if self.kind == "rows":
            if len(self.row_fields) == 2:
                return _("Pairs such as de:B1, separated by ;")
            if self.row_vocabularies and self.row_vocabularies[0]:
                return _("Codes from the vocabulary sheet, separated by ;")
            return _("Dates written YYYY-MM-DD, separated by ;")
        return hints[self.kind]


def _model():
    from opportunities.models import OpportunityPage

    return OpportunityPage


def _translatable_names(model):
    names = {"title"}  # Page's own translatable field
    for declared in model.override_translatable_fields:
        if isinstance(declared, TranslatableField):
            names.add(declared.field_name)
    return names


def _row_fields(related_model):
    return [
        f
        for f in related_model._meta.concrete_fields
        if not f.primary_key and not isinstance(f, ParentalKey) and f.name != "sort_order"
    ]


def _column(model, name, translatable):
    try:
        model_field = model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a tag manager is not a concrete field in every Django version
        model_field = None
    if model_field is not None and model_field.one_to_many:  # a child relation: start periods, languages ...
        related = model_field.related_model
        row_fields = _row_fields(related)
        panel_label = related._meta.verbose_name_plural
        return Column(
            name=name,
            kind="rows",
            label=panel_label,
            required=name == "start_periods",  # the page form asks for at least one start period
            row_fields=tuple(f.name for f in row_fields),
            row_vocabularies=tuple(list(f.choices or []) for f in row_fields),
        )
    if name == "tags":
        return Column(name=name, kind="tags", label=_("tags"), required=False)
    kind = "text"
    if isinstance(model_field, models.ForeignKey):
        kind = "host"
    elif isinstance(model_field, RichTextField):
        kind = "richtext"
    elif model_field.choices:
        kind = "choice"
    elif isinstance(model_field, models.DateField):
        kind = "date"
    elif isinstance(model_field, models.IntegerField):
        kind = "number"
    return Column(
        name=name,
        kind=kind,
        label=model_field.verbose_name,
        required=not model_field.blank and name not in OPTIONAL_IN_FILE or name == "external_id",
        vocabulary=list(model_field.choices or []) if kind == "choice" else [],
        translatable=name in translatable,
        max_length=getattr(model_field, "max_length", None) if kind == "text" else None,
    )


class ColumnSpec:
    """``COLUMNS``: built on first use (the models must be loaded)."""

    @cached_property
    def columns(self):
        model = _model()
        translatable = _translatable_names(model)
        return [_column(model, name, translatable) for name in COLUMN_NAMES]

    @cached_property
    def by_name(self):
        return {column.name: column for column in self.columns}

    @cached_property
    def names(self):
        return [column.name for column in self.columns]

    @cached_property
    def translatable(self):
        return [column for column in self.columns if column.translatable]


SPEC = ColumnSpec()
