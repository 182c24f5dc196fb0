"""Facet labels: each content type's plural name, in the visitor's language.

A model's own ``verbose_name_plural`` is used when it declares one. Django's default
(``verbose_name`` + "s") is not a word in most languages ("Startseites"), so the page types
that do not declare a plural get theirs here; a page type that exists once per language
(the home page, a listing, the passport) is named in the singular.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

PLURALS = {
    "home.contentpage": _("information pages"),
    "enterprises.organisationpage": _("organisation profiles"),
}


def facet_label(content_type):
    """The translated plural name of ``content_type``'s model, capitalised."""
    model = content_type.model_class()
    if model is None:
        return capfirst(content_type.model)
    if "verbose_name_plural" in getattr(model._meta, "original_attrs", {}):
        return capfirst(str(model._meta.verbose_name_plural))
    label = f"{content_type.app_label}.{content_type.model}"
    if label in PLURALS:
        return capfirst(str(PLURALS[label]))
    return capfirst(str(model._meta.verbose_name))
