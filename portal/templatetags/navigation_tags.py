"""Main navigation and breadcrumbs, built from the page tree."""

from django import template
from wagtail.models import Page, Site

from portal.search.cached import cached

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the site's root page that editors marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    entries = cached(f"main-menu:{site.pk}", lambda: _menu_entries(site)) if site else []
    items = [
        {"title": title, "url": url, "current": _menu_state(url_path, current_path)}
        for title, url, url_path in entries
    ]
    return {"items": items, "request": request}


def _menu_entries(site):
    """(title, URL, url_path) of each menu page; kept per content generation, not per request."""
    pages = site.root_page.get_children().live().in_menu()
    return [(page.title, page.get_url(), page.url_path) for page in pages]


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
    ancestors = cached(f"ancestors:{page.path}", lambda: _ancestor_links(page))
    return {"ancestors": ancestors, "page": page}


def _ancestor_links(page):
    """(title, URL) of each ancestor below the tree root; the home page is called "Úvod"."""
    return [
        ("Úvod" if ancestor.depth == 2 else ancestor.title, ancestor.get_url())
        for ancestor in page.get_ancestors().filter(depth__gt=1)
    ]
