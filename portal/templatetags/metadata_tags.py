"""The page's description, address and share image for <head> (``portal.metadata``)."""

from django import template
from wagtail.models import Page

from portal import metadata
from portal.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_metadata(context):
    """Title, description, address (og:url), canonical link and share image of the page being
    shown; a view without a page has no title or canonical link, and the portal's description."""
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    site_settings = SiteSettings.for_request(request) if request else None
    url = metadata.canonical_url(request, page) if request else ""
    return {
        "title": (page.seo_title or page.title) if page else "",
        "description": metadata.page_description(page) if page else metadata.DEFAULT_DESCRIPTION,
        "url": url,
        "canonical": url if page else "",
        "image": metadata.share_image(page, site_settings),
    }
