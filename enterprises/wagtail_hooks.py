"""Admin wiring: the permission policy and the moderation viewset of employer registrations."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import EmployerRegistration
from .permissions import RegistrationPermissionPolicy

# Registered before the viewset so that Wagtail never creates its fallback policy.
register_permission_policy(EmployerRegistration, RegistrationPermissionPolicy(EmployerRegistration))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    from .viewsets import registration_viewset

    return registration_viewset
