from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LearningOutcomeUnitBlock(blocks.StructBlock):
    """An ECVET-style unit of learning outcomes."""

    title = blocks.CharBlock(label=_("Unit title"), max_length=200)
    knowledge = blocks.TextBlock(label=_("Knowledge"), help_text=_("What the trainee will know."))
    skills = blocks.TextBlock(label=_("Skills"), help_text=_("What the trainee will be able to do."))
    responsibility_autonomy = blocks.TextBlock(
        label=_("Responsibility and autonomy"), help_text=_("What the trainee will do on their own.")
    )
    esco_uri = blocks.URLBlock(
        label=_("ESCO occupation or skill"),
        required=False,
        help_text=_("Optional, e.g. http://data.europa.eu/esco/occupation/..."),
    )

    class Meta:
        icon = "tick"
        label = _("Unit of learning outcomes")
        template = "opportunities/blocks/learning_outcome_unit.html"


class LearningOutcomesBlock(blocks.StreamBlock):
    unit = LearningOutcomeUnitBlock()
