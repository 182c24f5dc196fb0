"""Admin wiring: the permission policy, the moderation viewset of employer registrations and a
dashboard panel of the registrations waiting for the user's decision."""

from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from .models import EmployerRegistration
from .permissions import RegistrationPermissionPolicy

# Registered before the viewset so that Wagtail never creates its fallback policy.
register_permission_policy(EmployerRegistration, RegistrationPermissionPolicy(EmployerRegistration))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    from .viewsets import registration_viewset

    return registration_viewset


class RegistrationsWaitingPanel(Component):
    """The registrations of the user's countries waiting for a decision (editors, moderators,
    administrators); nothing for anyone else."""

    name = "registrations_waiting"
    template_name = "enterprises/admin/registrations_panel.html"
    order = 90
    limit = 10

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        from .viewsets import visible_registrations

        waiting = visible_registrations(self.request.user).pending().order_by("created_at")
        registrations = list(waiting[: self.limit + 1])
        return {
            "registrations": registrations[: self.limit],
            "more": len(registrations) > self.limit,
            "heading": gettext("Employer registrations waiting for your decision"),
        }


@hooks.register("construct_homepage_panels")
def add_registrations_waiting_panel(request, panels):
    panels.append(RegistrationsWaitingPanel(request))
