"""Security headers added to every response.

django-csp writes the Content-Security-Policy; the Wagtail and Django admins get their own, looser
policy (``CONTENT_SECURITY_POLICY_ADMIN``), because their templates still use inline styles and
scripts. Public pages carry no nonce: they are cached whole, so a nonce would be reused.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin policy under the admin URL prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            return PolicyParts(
                config=settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    """Turn off browser features the portal never uses (camera, microphone, location, …)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED_FEATURES
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
