"""Admin report: out-of-date translations (see home.translation_status)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from .translation_status import outdated


class OutdatedTranslationsView(PageReportView):
    page_title = _("Out-of-date translations")
    header_icon = "globe"
    index_url_name = "outdated_translations"
    index_results_url_name = "outdated_translations_results"
    results_template_name = "home/reports/outdated_translations_results.html"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        self.queryset = outdated(Page.objects.filter(pk__in=editable.values("pk"))).select_related("locale")
        return super().get_queryset()
