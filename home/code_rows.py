"""Rows of multi-valued codes on a page: a placement's support offered, an organisation's
sectors, a guideline's audiences... One inline row per code, ordered, edited in one panel.

``code_row(name, field)`` makes the abstract row; a page type's row subclasses it and adds
its ``page = ParentalKey(...)`` and its ``Meta`` (verbose name, indexes). The rows of the
shared vocabularies are declared here once.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from . import vocabularies as vocab


def code_row(name, field):
    """An abstract ``Orderable`` with one code ``field`` called ``name`` and its panel."""

    class Meta(Orderable.Meta):
        abstract = True

    class_name = "".join(part.title() for part in name.split("_")) + "Row"
    return type(
        class_name, (Orderable,), {"__module__": __name__, name: field, "panels": [FieldPanel(name)], "Meta": Meta}
    )


SupportRow = code_row("support", models.CharField(_("support"), max_length=30, choices=vocab.SUPPORT))
CommitmentRow = code_row(
    "principle", models.CharField(_("quality principle"), max_length=40, choices=vocab.QUALITY_PRINCIPLES)
)
LanguageRow = code_row("language", models.CharField(_("language"), max_length=2, choices=vocab.LANGUAGES))
