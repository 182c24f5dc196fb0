"""Moderation of employer registrations in the Wagtail admin.

A ``ModelViewSet`` whose every view is scoped by ``RegistrationPermissionPolicy``:
an editor of Germany lists, opens and decides Germany's registrations only (any
other answers 404, as if it did not exist); administrators see all. The edit
view is the moderation view: the registration read-only, and a decision
(approve, or reject with a reason). Unconfirmed registrations are not shown.
"""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from . import services
from .models import EmployerRegistration
from .registration_forms import ModerationForm


def visible_registrations(user):
    """The registrations ``user`` may see and decide (confirmed ones only)."""
    policy = policy_registry.get_by_type(EmployerRegistration)
    return policy.instances_user_has_any_permission_for(user, ["change"]).moderatable()


class CountryScopedObjectMixin:
    """Object views find only what the user may see: another country's registration is a 404."""

    def get_base_object_queryset(self):
        return visible_registrations(self.request.user)


class RegistrationIndexView(generic.IndexView):
    any_permission_required = ["change"]
    default_ordering = "-created_at"

    def get_base_queryset(self):
        return visible_registrations(self.request.user)


class RegistrationModerateView(generic.EditView):
    template_name = "enterprises/admin/moderate.html"
    page_title = _("Moderate")
    submit_button_label = _("Record the decision")
    submit_button_active_label = _("Recording…")
    error_message = _("The decision could not be recorded: see the messages below.")

    def get_queryset(self):
        return visible_registrations(self.request.user)

    def is_valid(self, form):
        valid = super().is_valid(form)
        if valid and form.cleaned_data["decision"] == "approve" and services.section_for(self.object) is None:
            form.add_error(
                None,
                gettext(
                    "There is no organisation section for %(country)s yet: "
                    "run `manage.py setup_organisation_sections` first."
                )
                % {"country": self.object.get_country_display_label()},
            )
            self.produced_error_message = self.get_error_message()
            return False
        return valid

    def save_instance(self):
        decision = self.form.cleaned_data["decision"]
        if decision == "approve":
            return services.approve(self.object, self.request.user)
        return services.reject(self.object, self.request.user, self.form.cleaned_data["reject_reason"])

    def get_success_message(self):
        if self.object.status == EmployerRegistration.Status.APPROVED:
            return gettext(
                "“%(name)s” approved: a draft profile waits in the %(country)s section. The registrant is told by email."
            ) % {"name": self.object.organisation_name, "country": self.object.get_country_display_label()}
        return gettext("“%(name)s” rejected. The registrant is told by email, with your reason.") % {
            "name": self.object.organisation_name
        }

    def get_success_buttons(self):
        if self.object.profile_id:
            return [
                messages.button(
                    reverse("wagtailadmin_pages:edit", args=[self.object.profile_id]),
                    gettext("Edit the draft profile"),
                )
            ]
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration"] = self.object
        if self.object.profile_id:
            context["profile_edit_url"] = reverse("wagtailadmin_pages:edit", args=[quote(self.object.profile_id)])
        return context


class RegistrationDeleteView(CountryScopedObjectMixin, generic.DeleteView):
    def get_queryset(self):
        return visible_registrations(self.request.user)


class RegistrationHistoryView(CountryScopedObjectMixin, history.HistoryView):
    pass


class RegistrationUsageView(CountryScopedObjectMixin, usage.UsageView):
    pass


class EmployerRegistrationViewSet(ModelViewSet):
    model = EmployerRegistration
    name = "employer_registrations"
    url_prefix = "employer-registrations"
    icon = "group"
    menu_label = _("Employer registrations")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False

    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationModerateView
    delete_view_class = RegistrationDeleteView
    history_view_class = RegistrationHistoryView
    usage_view_class = RegistrationUsageView

    list_display = [
        "organisation_name",
        Column("country", label=_("Country"), accessor="get_country_display_label", sort_key="country"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
    ]
    list_filter = ["status", "country"]
    search_fields = ["organisation_name", "city"]
    search_backend_name = None
    ordering = "-created_at"

    def get_form_class(self, for_update=False):
        return ModerationForm


registration_viewset = EmployerRegistrationViewSet()
