"""Small presentation helpers for the catalogue's templates."""

from html import escape

from django import template
from django.utils.safestring import mark_safe

from portal.templatetags.czech_tags import cs_plural

register = template.Library()
register.filter("cs_plural", cs_plural)


@register.simple_tag
def facet_options(facet):
    """The checkboxes of one filter (``CatalogueQuery.facets()``). A search shows up to a
    hundred of them: drawn by a template loop, they took a sixth of the page's time, and
    Django's ``format_html`` still a tenth (its escaping checks every value for lazy text;
    these are plain strings and numbers)."""
    name = escape(facet["param"])
    return mark_safe(
        "".join(
            f'<li class="facet__option"><input type="checkbox" id="{escape(option["id"])}"'
            f' name="{name}" value="{escape(option["value"])}"'
            f'{" checked" if option["checked"] else ""}><label for="{escape(option["id"])}">'
            f'{escape(option["name"])} <span class="facet__count">({option["count"]:d})</span>'
            "</label></li>"
            for option in facet["options"]
        )
    )
