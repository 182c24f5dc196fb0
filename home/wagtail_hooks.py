from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .translation_status import is_outdated
from .views import OutdatedTranslationsView


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
