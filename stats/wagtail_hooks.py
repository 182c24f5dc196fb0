"""Admin wiring: the "Network statistics" report (``stats.admin_views``) in the Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/network-statistics/", admin_views.report, name="stats_admin_report"),
        path("reports/network-statistics/statistics.xlsx", admin_views.report_workbook, name="stats_admin_workbook"),
        path("reports/network-statistics/<slug:slug>.csv", admin_views.report_csv, name="stats_admin_csv"),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return StatisticsMenuItem(
        _("Network statistics"),
        reverse("stats_admin_report"),
        name="network-statistics",
        icon_name="table",
        order=1320,
    )
