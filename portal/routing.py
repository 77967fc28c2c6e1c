"""Wagtail's routing of a page's address, remembered per process.

Wagtail finds the page of an address by walking the page tree from the site's root: the site,
the root page and, per segment of the address, a child page and its specific page. Building
those four or more queries costs more than running them, on every request that the page cache
does not answer (a catalogue search among them). Here the outcome for a page's own address
(which site, which page) is kept in memory under the content generation that publishing,
unpublishing, moving or deleting a page bumps (``portal.search.cached``); the next request to
that address reads the page by its id in one query and lets it route itself, so a page that is
no longer live still answers 404. Wagtail then serves it as ever, checking its view
restrictions. Addresses below a page's own (a routable page's views with their arguments) are
routed by Wagtail each time: they are not bounded by the content.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site

from portal.search.cached import memo

MAX_ROUTES = 5000  # per process and generation: the public pages of a large site


def serve(request, path):
    """Wagtail's page view, its routing remembered (``wagtail.views.serve`` otherwise)."""
    routes = memo("page-routes")
    key = (request._get_raw_host(), request.get_port(), path)
    known = routes.get(key)
    if known is not None and not _route_from(request, *known):
        routes.pop(key, None)
    response = wagtail_views.serve(request, path)
    if known is None and len(routes) < MAX_ROUTES:
        remembered = _remembered(request, path)
        if remembered is not None:
            routes[key] = remembered
    return response


def _remembered(request, path):
    """(site fields, content type id, page id) of the route Wagtail found for ``path``, when the
    page is the address's own (nothing of it left for the page's views)."""
    site = getattr(request, "_wagtail_site", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    if site is None or route is None:
        return None
    page, args, kwargs = route
    segments = [segment for segment in path.split("/") if segment]
    if page.depth - site.root_page.depth != len(segments):
        return None
    fields = {field.attname: getattr(site, field.attname) for field in Site._meta.concrete_fields}
    return fields, page.content_type_id, page.pk


def _route_from(request, site_fields, content_type_id, page_id):
    """Give ``request`` the route Wagtail would find, from what was remembered; False when the
    page is gone (Wagtail then routes the address itself)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model is not None else None
    if page is None:
        return False
    request._wagtail_site = Site(**site_fields)
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None
    return True
