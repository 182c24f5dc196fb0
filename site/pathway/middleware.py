from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send a Content-Security-Policy and a Permissions-Policy on every response.

    Public pages get ``settings.CSP_PUBLIC`` (``script-src 'self'``, no inline
    script, no nonce, so a cached page is safe to share). The Wagtail admin needs
    inline scripts, so the looser ``settings.CSP_ADMIN`` is scoped to the admin's
    path prefixes alone. A view that sets its own policy keeps it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = tuple(settings.CSP_ADMIN_PATH_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith(self.admin_prefixes)
            response["Content-Security-Policy"] = settings.CSP_ADMIN if admin else settings.CSP_PUBLIC
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
