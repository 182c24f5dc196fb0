"""The editors' report "Searches with no result": what visitors looked for and did not find.

Editors read it to add the missing words to a page, to translate a page into the language
that was searched, or to promote a page for those words (Wagtail's promoted search results).
Rows come from :class:`search.models.NoResultSearch` (words, language, day; nothing about
the visitor), summed over the chosen period.
"""

import django_filters
from django.conf import settings
from django.db.models import F, Max, Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import NoResultSearch


class NoResultFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = NoResultSearch
        fields = []


class NoResultReportView(ReportView):
    page_title = _("Searches with no result")
    header_icon = "search"
    filterset_class = NoResultFilterSet
    default_ordering = "-searches"
    index_url_name = "site_search_no_result"
    index_results_url_name = "site_search_no_result_results"
    columns = [
        Column("query_string", label=_("Search term(s)"), sort_key="query_string"),
        Column("language_name", label=_("Language")),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        DateColumn("last_searched", label=_("Last searched"), sort_key="last_searched"),
    ]
    list_export = ["query_string", "language", "searches", "last_searched"]
    export_headings = {
        "query_string": _("Search term(s)"),
        "language": _("Language"),
        "searches": _("Searches"),
        "last_searched": _("Last searched"),
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": NoResultSearch.objects.all()}

    def get_queryset(self):
        days = NoResultSearch.objects.all()
        if self.filters and self.filters.is_valid():
            days = self.filters.filter_queryset(days)
        rows = days.values("language", query_string=F("query__query_string")).annotate(
            searches=Sum("hits"), last_searched=Max("date")
        )
        return rows.order_by(self.ordering or self.default_ordering, "query_string", "language")

    def get_filtered_queryset(self):
        return self.get_queryset()

    def decorate_paginated_queryset(self, object_list):
        names = dict(settings.LANGUAGES)
        return [{**row, "language_name": names.get(row["language"], row["language"])} for row in object_list]
