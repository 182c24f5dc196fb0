"""An optional image on a page type (placements, guidelines): the same image in every language,
its description translated and required when an image is chosen, and the image as the page's
share card. A page type declares the two fields with :func:`image_fields`, adds
:func:`image_panel` to its editor and :func:`image_translation` to its translatable fields, and
takes :class:`PageImage` among its bases."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .share_image import image_alt_error, image_share_card


def image_fields(help_text):
    """``(image, image_alt)``: ``image, image_alt = image_fields(...)`` in the model's body."""
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required when an image is chosen."),
    )
    return image, image_alt


def image_panel():
    return MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image"))


def image_translation():
    """The image is the same in every language; its description is translated."""
    return [SynchronizedField("image", overridable=False), TranslatableField("image_alt")]


class PageImage:
    """A page mixin: no image without its description; the editor's image as the share card."""

    def clean(self):
        super().clean()
        image_alt_error(self)

    def image_share_card(self):
        """The editor's image as a 1200 x 630 share card, or None."""
        if self.image_id and self.image is not None:
            return image_share_card(self.image, self.image_alt)
        return None
