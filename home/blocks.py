"""StreamField blocks shared by every content app."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("info", _("Information"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "home/blocks/callout.html"


class SignpostBlock(blocks.StructBlock):
    """A card that sends the visitor to a page of the site (opportunities, matching, ...)."""

    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=300)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Path"),
        required=False,
        max_length=200,
        help_text=_("Used when no page is chosen, for a view that is not a page, e.g. /match/."),
    )

    class Meta:
        icon = "link"
        label = _("Signpost")
        template = "home/blocks/signpost.html"


class SignpostsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SignpostBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Signposts")
        template = "home/blocks/signposts.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="home/blocks/paragraph.html",
    )
    image = ImageBlock(label=_("Image"), template="home/blocks/image.html")
    callout = CalloutBlock()
    signposts = SignpostsBlock()
