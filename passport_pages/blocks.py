"""StreamField blocks of guidelines, the quality charter and the passport.

Choice blocks (phase, principle, answer space) hold codes: wagtail-localize does
not offer them for translation, so they stay the same in every language. Text
blocks are translated.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import CalloutBlock, HeadingBlock
from home.vocabularies import QUALITY_PRINCIPLES, label

from . import vocabularies as vocab

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


# --- Guideline articles ---------------------------------------------------------
class ChecklistBlock(blocks.StructBlock):
    """Things to do or to have, ticked off one by one; also printed in a personalised passport."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        description = _("A list of things to tick off. Personalised passports print these for their phase.")
        template = "passport_pages/blocks/checklist.html"
        preview_value = {"title": "Before you leave", "items": ["Passport or ID card", "Insurance card"]}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    text = blocks.TextBlock(label=_("Explanation"), required=False, max_length=800)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        description = _("What to do, in order.")
        template = "passport_pages/blocks/steps.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=160, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        description = _("A form, template or leaflet to download.")
        template = "passport_pages/blocks/document.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"])


class QuestionsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions and answers"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        description = _("Questions young people ask, with short answers.")
        template = "passport_pages/blocks/questions.html"


class GuidelineBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, template="home/blocks/paragraph.html"
    )
    checklist = ChecklistBlock()
    callout = CalloutBlock(help_text=_("A tip or a warning."))
    steps = StepsBlock()
    document = DocumentBlock()
    questions = QuestionsBlock()


# --- Quality charter ----------------------------------------------------------
class PrincipleBlock(blocks.StructBlock):
    principle = blocks.ChoiceBlock(
        label=_("Principle"),
        choices=QUALITY_PRINCIPLES,
        help_text=_("The code is the same in every language; opportunities refer to it."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    explanation = blocks.TextBlock(label=_("What it means"), max_length=1200)

    class Meta:
        icon = "pick"
        label = _("Principle")
        template = "passport_pages/blocks/principle.html"


class CharterStreamBlock(blocks.StreamBlock):
    principle = PrincipleBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for child in value:
            code = child.value["principle"]
            if code in seen:
                raise blocks.StreamBlockValidationError(
                    non_block_errors=ValidationError(
                        _("Each principle appears once; “%(principle)s” appears twice."),
                        params={"principle": label(QUALITY_PRINCIPLES, code)},
                    )
                )
            seen.add(code)
        return value


# --- Passport -------------------------------------------------------------------
class PromptBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Prompt"), max_length=240, help_text=_("A question or a gap to fill in."))
    space = blocks.ChoiceBlock(label=_("Space to answer"), choices=vocab.ANSWER_SPACES, default="lines")
    lines = blocks.IntegerBlock(
        label=_("Height in lines"),
        min_value=1,
        max_value=14,
        default=3,
        required=False,
        help_text=_("How many lines to write on (for lines and boxes)."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value["space"] != "tick" and not value.get("lines"):
            raise StructBlockValidationError(
                block_errors={"lines": ValidationError(_("Give the number of lines to write on."))}
            )
        return value


class ChapterBlock(blocks.StructBlock):
    phase = blocks.ChoiceBlock(label=_("Phase"), choices=vocab.PHASES, default="before")
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=600)
    prompts = blocks.ListBlock(PromptBlock(), label=_("Prompts"), min_num=1)

    class Meta:
        icon = "doc-empty"
        label = _("Chapter")
        template = "passport_pages/blocks/chapter.html"


class PassportStreamBlock(blocks.StreamBlock):
    chapter = ChapterBlock()
