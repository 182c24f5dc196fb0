"""Admin wiring: the editors' report of searches that found nothing (``search.reports``)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import NoResultReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/searches-with-no-result/", NoResultReportView.as_view(), name="site_search_no_result"),
        path(
            "reports/searches-with-no-result/results/",
            NoResultReportView.as_view(results_only=True),
            name="site_search_no_result_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        _("Searches with no result"),
        reverse("site_search_no_result"),
        name="searches-with-no-result",
        icon_name="search",
        order=1310,
    )
