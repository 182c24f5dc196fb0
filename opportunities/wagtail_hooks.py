"""Admin wiring: a dashboard panel of the placements whose application deadline has passed, for
the editors and moderators of their host countries; the placements spreadsheets (template,
export, import) for the same people."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.urls import include, path, reverse
from django.utils.translation import gettext, gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from home.roles import user_countries

from .models import CountrySectionPage, OpportunityPage
from .queryset import today


def past_deadline(countries):
    """Live source-language placements in the sections of ``countries`` whose deadline has passed."""
    sections = CountrySectionPage.objects.filter(
        country__in=countries, locale__language_code=settings.LANGUAGE_CODE
    ).values_list("path", flat=True)
    paths = [Q(path__startswith=path) for path in sections]
    if not paths:
        return OpportunityPage.objects.none()
    return OpportunityPage.objects.live().filter(
        reduce(or_, paths),
        locale__language_code=settings.LANGUAGE_CODE,
        application_deadline__lt=today(),
    )


class PastDeadlinePanel(Component):
    """The placements of the user's countries whose deadline has passed (editors, moderators);
    nothing for anyone else."""

    name = "placements_past_deadline"
    template_name = "opportunities/admin/past_deadline_panel.html"
    order = 95
    limit = 10

    def __init__(self, countries):
        self.countries = countries

    def get_context_data(self, parent_context=None):
        placements = past_deadline(self.countries)
        listed = list(
            placements.order_by("application_deadline", "pk").only("pk", "title", "application_deadline")[: self.limit]
        )
        return {
            "placements": listed,
            "count": placements.count(),
            "heading": gettext("My country's placements whose deadline has passed"),
        }


@hooks.register("construct_homepage_panels")
def add_past_deadline_panel(request, panels):
    countries = user_countries(request.user)
    if countries:
        panels.append(PastDeadlinePanel(countries))


# --- Placements from and to spreadsheets (opportunities.spreadsheet) ---------------------------
class SpreadsheetMenuItem(MenuItem):
    """Shown to the editors and moderators of a country, and to administrators."""

    def is_shown(self, request):
        from .spreadsheet.views import may_use

        return may_use(request.user)


@hooks.register("register_admin_urls")
def register_spreadsheet_urls():
    from .spreadsheet import views

    urls = [
        path("", views.index, name="index"),
        path("template.<str:fmt>", views.template, name="template"),
        path("export.<str:fmt>", views.export_view, name="export_all"),
        path("<str:country>/export.<str:fmt>", views.export_view, name="export"),
        path("<str:country>/upload/", views.upload, name="upload"),
        path("<str:country>/confirm/", views.confirm, name="confirm"),
        path("imports/<int:pk>/", views.job_view, name="job"),
    ]
    return [path("placements-spreadsheets/", include((urls, "opportunities_spreadsheet")))]


@hooks.register("register_admin_menu_item")
def register_spreadsheet_menu_item():
    return SpreadsheetMenuItem(
        gettext_lazy("Placements spreadsheets"),
        reverse("opportunities_spreadsheet:index"),
        name="placements-spreadsheets",
        icon_name="table",
        order=350,
    )
