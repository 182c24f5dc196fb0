import copy

from django.conf import settings
from django.contrib import messages
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail.utils.version import get_main_version

from .roles import translators_group_name
from .translation_access import (
    GuardedSubmitPageTranslationView,
    GuardedSubmitSnippetTranslationView,
    GuardedUpdateTranslationsView,
)
from .translation_status import is_outdated
from .views import OutdatedTranslationsView


@hooks.register("register_admin_urls", order=-100)
def guard_translation_urls():
    """wagtail-localize's submit and sync views, at their own URLs, narrowed to the languages the
    user may publish (``home.translation_access``): registered before wagtail-localize's, so
    these patterns match first and ``reverse("wagtail_localize:...")`` still gives the URL."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            GuardedSubmitPageTranslationView.as_view(),
            name="guarded_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
            name="guarded_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            GuardedUpdateTranslationsView.as_view(),
            name="guarded_update_translations",
        ),
    ]


@hooks.register("register_admin_urls")
def register_outdated_translations_urls():
    return [
        path("reports/outdated-translations/", OutdatedTranslationsView.as_view(), name="outdated_translations"),
        path(
            "reports/outdated-translations/results/",
            OutdatedTranslationsView.as_view(results_only=True),
            name="outdated_translations_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_outdated_translations_menu_item():
    return MenuItem(
        gettext_lazy("Out-of-date translations"),
        reverse("outdated_translations"),
        name="outdated-translations",
        icon_name="globe",
        order=750,
    )


@hooks.register("before_edit_page")
def warn_when_translation_is_outdated(request, page):
    if request.method == "GET" and is_outdated(page):
        messages.warning(request, _("The source of this translation has changed since it was last published."))


# --- Menu labels in the request's language -----------------------------------------------
# Wagtail builds each menu's items once per process (``Menu.registered_menu_items`` is a cached
# property), in whatever language the first request had. Labels given as lazy strings follow the
# request; the two below are plain strings translated when the menu was built, so the first
# visitor's language would stay for everyone. The construct hooks run per request, in the
# user's admin language: they hand that request a copy with its label translated again (the
# shared item itself is never changed, so no other request sees it).
WHATS_NEW_PREFIX = "whats-new-in-wagtail-"


def _relabelled(item, label):
    fresh = copy.copy(item)
    fresh.label = label
    return fresh


def _relabel(menu_items, label_for):
    for position, item in enumerate(menu_items):
        label = label_for(item)
        if label is not None:
            menu_items[position] = _relabelled(item, label)


def _translations_report_url():
    try:
        return reverse("wagtail_localize:translations_report")
    except NoReverseMatch:  # wagtail-localize not installed in a second project
        return None


@hooks.register("construct_reports_menu")
def relabel_reports_menu(request, menu_items):
    """wagtail-localize labels its report "Translations" with a non-lazy ``gettext``."""
    url = _translations_report_url()

    def label_for(item):
        return _("Translations") if url and item.url == url else None

    _relabel(menu_items, label_for)


@hooks.register("construct_help_menu")
def relabel_help_menu(request, menu_items):
    """Wagtail formats "What's new in Wagtail %(version)s" once, when the menu is built."""

    def label_for(item):
        if (getattr(item, "name", "") or "").startswith(WHATS_NEW_PREFIX):
            return _("What's new in Wagtail %(version)s") % {"version": get_main_version(include_patch=False)}
        return None

    _relabel(menu_items, label_for)


# --- Dashboard: translations to do ------------------------------------------------------
class TranslationsToDoPanel(Component):
    """For a member of "Translators xx": the source-language pages whose translation into xx is
    missing (no page, or only an alias) or out of date (the source was published after the
    translation, as in ``home.translation_status``). At most ``limit`` listed, plus the count."""

    template_name = "home/admin/translations_to_do_panel.html"
    order = 80
    limit = 10

    def __init__(self, locale):
        self.locale = locale
        self.name = f"translations_to_do_{locale.language_code}"

    def pages(self):
        """Live source-language pages below the root, annotated with their xx page (if any) and
        whether it is a translation (not an alias)."""
        counterpart = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=self.locale)
        translation = counterpart.filter(alias_of__isnull=True)
        return (
            Page.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2)
            .annotate(
                target_id=Subquery(counterpart.values("pk")[:1]),
                translated=Exists(translation),
                up_to_date=Exists(translation.filter(last_published_at__gte=OuterRef("last_published_at"))),
            )
            # A translation is out of date when its source was published after it (or it was
            # never published); a source without a publication date cannot outdate it.
            .filter(Q(translated=False) | Q(up_to_date=False, last_published_at__isnull=False))
        )

    def get_context_data(self, parent_context=None):
        pages = self.pages()
        listed = list(
            pages.order_by(F("last_published_at").desc(nulls_last=True), "pk").values(
                "pk", "title", "target_id", "translated"
            )[: self.limit]
        )
        for page in listed:
            page["edit_url"] = reverse("wagtailadmin_pages:edit", args=[page["target_id"] or page["pk"]])
        language = get_language_info(self.locale.language_code)["name_translated"]
        return {
            "pages": listed,
            "count": pages.count(),
            "panel_id": f"translations-to-do-{self.locale.language_code}",
            "heading": _("Translations into %(language)s missing or out of date") % {"language": language},
        }


def _translator_locales(user):
    """The locales ``user`` translates into: those of their "Translators xx" groups."""
    names = {translators_group_name(code): code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    codes = [names[name] for name in user.groups.filter(name__in=names).values_list("name", flat=True)]
    return Locale.objects.filter(language_code__in=codes).order_by("language_code")


@hooks.register("construct_homepage_panels")
def add_translations_to_do_panels(request, panels):
    for locale in _translator_locales(request.user):
        panels.append(TranslationsToDoPanel(locale))
