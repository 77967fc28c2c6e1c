"""Main navigation and breadcrumbs, built from the page tree."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the site's root page that editors marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    pages = site.root_page.get_children().live().in_menu() if site else Page.objects.none()
    items = [
        {"page": item, "current": _menu_state(item.url_path, current_path)}
        for item in pages.specific(defer=True)
    ]
    return {"items": items, "request": request}


def _menu_state(item_path, current_path):
    """'page' for the page itself, 'true' for its section, None elsewhere (aria-current)."""
    if item_path == current_path:
        return "page"
    if current_path.startswith(item_path):
        return "true"
    return None


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The ancestors of the current page below the tree root, ending with the page itself."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    return {"ancestors": ancestors, "page": page}
