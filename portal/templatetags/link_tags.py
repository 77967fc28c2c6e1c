"""``{{ url|safe_url }}``: a link editors typed, or "" if its scheme is not allowed."""

from django import template

from portal.security import safe_urls

register = template.Library()


@register.filter
def safe_url(value):
    return safe_urls.safe_url(value)
