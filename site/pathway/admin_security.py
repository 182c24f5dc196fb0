"""Editor accounts: a second factor for everyone who reaches the admin.

``RequireVerifiedAdminMiddleware`` refuses ``/admin/`` to a signed-in user who
has not passed the second factor in this session (django-otp's
``user.is_verified()``): a user with no device yet is sent to set one up, any
other user to the two-factor login. ``settings.PATHWAY_REQUIRE_2FA`` can be
switched off in development only; production settings refuse that.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")


class RequireVerifiedAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_verify(request):
            user = request.user
            if not user_has_device(user):
                return redirect(f"{reverse('two_factor:setup')}?{urlencode({'next': request.get_full_path()})}")
            return redirect(f"{reverse('two_factor:login')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def must_verify(request):
        return (
            getattr(settings, "PATHWAY_REQUIRE_2FA", True)
            and request.path.startswith(ADMIN_PREFIXES)
            and not request.path.startswith(OPEN_ADMIN_PATHS)
            and request.user.is_authenticated
            and not request.user.is_verified()
        )


def admin_login_redirect(request):
    """Wagtail's admin login goes through the two-factor login wizard."""
    target = request.GET.get("next") or reverse("wagtailadmin_home")
    return redirect(f"{reverse('two_factor:login')}?{urlencode({'next': target})}")
