"""Security headers added to every response.

django-csp writes the Content-Security-Policy; the Wagtail and Django admins get their own, looser
policy (``CONTENT_SECURITY_POLICY_ADMIN``), because their templates still use inline styles and
scripts. Public pages carry no nonce: they are cached whole, so a nonce would be reused.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy
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


def allow_map_tiles(request):
    """The response to ``request`` shows a map: its policy lets images come from the tile
    server (``MAP_TILE_ORIGIN``). Called by the template tag that loads the map's scripts."""
    request.shows_map = True


class MapTilesCSPMiddleware:
    """Writes the policy of pages that show a map: the site's policy with the tile server's origin
    in img-src; every other page keeps the policy without it.

    It sits inside the page cache, so a page served from the cache carries the same policy;
    PortalCSPMiddleware leaves a policy that is already there alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "shows_map", False) and not is_admin_path(request.path_info):
            response[HEADER] = build_policy(update={"img-src": [settings.MAP_TILE_ORIGIN]})
        return response


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
