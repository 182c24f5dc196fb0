"""The admin report "Network statistics": the public page's figures, per country.

Administrators see every country (or one they choose); a country's editors and moderators
see only their countries (``home.roles.user_countries``); anyone else is refused. The same
CSV and XLSX downloads, with the country enforced the same way.
"""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from home.roles import user_countries

from . import views
from .forms import StatisticsFilterForm


def allowed_countries(user):
    """None for every country (administrators), else the user's countries (maybe none)."""
    if user.is_superuser:
        return None
    return sorted(user_countries(user))


def can_see_report(user):
    return user.is_superuser or bool(user_countries(user))


def _filters(request):
    countries = allowed_countries(request.user)
    if countries == []:
        raise PermissionDenied
    return StatisticsFilterForm(request.GET, countries=countries).filters(), countries


@require_GET
def report(request):
    filters, countries = _filters(request)
    context = views.page_context(filters, countries=countries)
    context.update(csv_url_name="stats_admin_csv", xlsx_url_name="stats_admin_workbook")
    return TemplateResponse(request, "stats/admin/report.html", context)


@require_GET
def report_csv(request, slug):
    filters, _countries = _filters(request)
    return views.csv_response(slug, filters)


@require_GET
def report_workbook(request):
    filters, _countries = _filters(request)
    return views.xlsx_response(filters)
