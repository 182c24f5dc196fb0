"""Who may start and sync a translation into which language.

wagtail-localize's ``submit_translation`` permission is global and its forms offer every
locale ("Sync translated pages" even publishes every language at once). The rule here narrows
it to one question per target language:

    A user may start, sync and publish the translation of a page into language L exactly
    when they could publish that page in L's tree: its alias (or, if there is none yet, its
    parent) in L's tree grants them ``publish``.

So "Translators pl" (publish in the Polish tree) translate into Polish only; "Moderators DE"
(publish on Germany's sections in every tree) translate Germany's pages; "Network editors"
the shared pages; "Editors DE" (no publish) none: they submit, moderators publish.
Administrators may do everything. Snippets (none is translatable in this project) are left
to administrators.

The guarded views replace wagtail-localize's ``submit_page_translation``,
``submit_snippet_translation`` and ``update_translations`` at the same admin URLs
(``home.wagtail_hooks`` registers them first).
"""

import contextlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.text import get_text_list
from django.utils.translation import gettext
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views.edit_translation import apply_machine_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
    SubmitTranslationForm,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def may_translate_into(user, instance, locale):
    """True when ``user`` may start, sync and publish ``instance``'s translation into ``locale``."""
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return False
    if user.is_superuser:
        return True
    if not isinstance(instance, Page) or not user.has_perm(SUBMIT_TRANSLATION):
        return False
    target = instance.get_translation_or_none(locale)
    if target is not None:
        return target.permissions_for_user(user).can_publish()
    parent = instance.get_parent()
    parent_target = parent.get_translation_or_none(locale) if parent is not None and not parent.is_root() else None
    return parent_target is not None and parent_target.permissions_for_user(user).can_publish_subpage()


def translatable_locales(user, instance, locales=None):
    """The locales among ``locales`` (default: all) ``user`` may translate ``instance`` into."""
    locales = Locale.objects.all() if locales is None else locales
    return locales.filter(pk__in=[locale.pk for locale in locales if may_translate_into(user, instance, locale)])


def _language_list(locales):
    return get_text_list([locale.get_display_name() for locale in locales])  # "or" from Django's catalogue


class OwnLocalesSubmitTranslationForm(SubmitTranslationForm):
    """wagtail-localize's form, offering only the locales the user may translate into; any
    other locale sent is refused with a message naming the allowed ones."""

    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        field = self.fields["locales"]
        field.queryset = translatable_locales(user, instance, field.queryset)
        allowed = list(field.queryset)
        if allowed:
            message = gettext("You can translate this page only into %(languages)s.") % {
                "languages": _language_list(allowed)
            }
        else:
            message = gettext("You cannot translate this page into any further language.")
        field.error_messages = {**field.error_messages, "invalid_choice": message, "invalid_pk_value": message}
        if len(allowed) < 2:
            self.fields["select_all"].widget = forms.HiddenInput()


class OwnLocalesSubmitMixin:
    def get_form(self):
        if self.request.method == "POST":
            return OwnLocalesSubmitTranslationForm(self.object, self.request.POST, user=self.request.user)
        initial = None
        select_locale = Locale.objects.filter(language_code=self.request.GET.get("select_locale") or "").first()
        if select_locale:
            initial = {"locales": [select_locale]}
        return OwnLocalesSubmitTranslationForm(self.object, initial=initial, user=self.request.user)

    def get(self, request, *args, **kwargs):
        self._refuse_if_no_language()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self._refuse_if_no_language()
        return super().post(request, *args, **kwargs)

    def _refuse_if_no_language(self):
        if not translatable_locales(self.request.user, self.object).exclude(pk=self.object.locale_id).exists():
            raise PermissionDenied(gettext("You may not translate this page into any language."))


class GuardedSubmitPageTranslationView(OwnLocalesSubmitMixin, SubmitPageTranslationView):
    pass


class GuardedSubmitSnippetTranslationView(OwnLocalesSubmitMixin, SubmitSnippetTranslationView):
    pass


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """The "Sync translated pages" view, for the translations the user may publish only: the list shows
    those, and syncing (with or without publishing) touches those; the source is refreshed as
    in wagtail-localize. A user who may publish none of them is refused (403)."""

    def own_translations(self):
        instance = self.object.get_source_instance()
        return [
            translation
            for translation in self.object.translations.filter(enabled=True).select_related("target_locale")
            if may_translate_into(self.request.user, instance, translation.target_locale)
        ]

    def get(self, request, *args, **kwargs):
        self._refuse_if_none()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self._refuse_if_none()
        return super().post(request, *args, **kwargs)

    def _refuse_if_none(self):
        if not self.own_translations():
            raise PermissionDenied(gettext("You may not sync any translation of this page."))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        own = {translation.target_locale_id for translation in self.own_translations()}
        context["translations"] = [item for item in context["translations"] if item["locale"].pk in own]
        return context

    @transaction.atomic
    def form_valid(self, form):
        # wagtail-localize's form_valid, acting on the user's own translations only.
        self.object.update_from_db()
        own = self.own_translations()
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = get_machine_translator()
            for translation in own:
                apply_machine_translation(translation.id, self.request.user, machine_translator)
        for translation in own:
            with contextlib.suppress(ValidationError):
                if form.cleaned_data["publish_translations"]:
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: own})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())
