"""``/<lang>/statistics/``: the network's figures as charts and tables, and their downloads.

The page is a public GET without a form that posts, so the project's page cache keeps it
(keyed by its two filters, see ``pathway.page_cache.PATH_PARAMETERS``) and drops it on every
publish, like the listings. Downloads are computed on request (CSV and XLSX are not cached).
The admin report (``stats.admin_views``) reuses these helpers with the user's countries.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from home import vocabularies as vocab

from . import export, tables, usage
from .charts import bar_chart
from .forms import StatisticsFilterForm

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _stamp(filters):
    return f"{filters.year}{'-' + filters.country.lower() if filters.country else ''}-{timezone.localdate():%Y%m%d}"


def page_context(filters, countries=None):
    """The page's context: the filter form showing ``filters``, the sections with their charts."""
    usage.flush()
    form = StatisticsFilterForm({"period": filters.year, "country": filters.country}, countries=countries)
    form.is_valid()
    sections = [
        (heading, [(table, bar_chart(table)) for table in section_tables])
        for heading, section_tables in tables.sections(filters)
    ]
    return {
        "form": form,
        "filters": filters,
        "query": urlencode(filters.query()),
        "sections": sections,
        "computed_at": timezone.now(),
    }


def csv_response(slug, filters):
    usage.flush()  # the counts still buffered in the cache, like the page
    table = tables.table(slug, filters)
    if table is None:
        raise Http404
    response = HttpResponse(export.to_csv(table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}-{_stamp(filters)}.csv"'
    return response


def xlsx_response(filters):
    usage.flush()
    country_label = vocab.label(vocab.COUNTRIES, filters.country) if filters.country else gettext("All host countries")
    data = export.to_xlsx(tables.all_tables(filters), filters, country_label)
    response = HttpResponse(data, content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="statistics-{_stamp(filters)}.xlsx"'
    return response


def _filters(request):
    return StatisticsFilterForm(request.GET).filters()


@require_GET
def statistics(request):
    context = page_context(_filters(request))
    context.update(csv_url_name="stats:table_csv", xlsx_url_name="stats:workbook")
    return TemplateResponse(request, "stats/statistics.html", context)


@require_GET
def table_csv(request, slug):
    return csv_response(slug, _filters(request))


@require_GET
def workbook(request):
    return xlsx_response(_filters(request))
