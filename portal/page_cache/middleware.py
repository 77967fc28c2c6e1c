"""Serve anonymous visitors' public pages from the cache and say who may cache each response."""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from portal.page_cache.store import get_page, page_key, set_page

# Addresses that are never public pages: the admin, Django's admin, the document server
# (documents may sit in private collections).
NON_PUBLIC_PREFIXES = ("/admin/", "/django-admin/", "/soubory/")
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store", "max-age=0")


def is_personal(request):
    """A signed-in user, or anyone the site keeps a session or messages for."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or CookieStorage.cookie_name in request.COOKIES
        or request.path.startswith(NON_PUBLIC_PREFIXES)
    )


def is_shareable(request, response):
    """True when the response is the same for every anonymous visitor of this address."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)


class PageCacheMiddleware:
    """Whole-page cache for anonymous GET requests of public addresses without a query string.

    Placed before the session middleware: a hit never touches the session or the database.
    Search and filter results (any query string) are rendered every time.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        personal = is_personal(request)
        key = generation = None
        if (
            settings.PAGE_CACHE_ENABLED
            and not personal
            and request.method == "GET"
            and not request.META.get("QUERY_STRING")
        ):
            key = page_key(request)
            generation, cached = get_page(key)
            if cached is not None:
                status, headers, content = cached
                response = HttpResponse(content, status=status, headers=headers)
                response["X-Page-Cache"] = "hit"
                return response

        response = self.get_response(request)

        if personal:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_store=True)
        elif is_shareable(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
            if generation is not None and not response.streaming:
                set_page(key, generation, response)
                response["X-Page-Cache"] = "miss"
        elif response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            patch_cache_control(response, private=True, no_store=True)
        return response
