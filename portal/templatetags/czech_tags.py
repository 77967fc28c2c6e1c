"""Czech grammar for templates: the plural form that goes with a number."""

from django import template

register = template.Library()


@register.filter
def cs_plural(count, forms):
    """Czech plural form for ``count``: ``{{ n|cs_plural:"služba,služby,služeb" }}``."""
    one, few, many = forms.split(",")
    count = abs(int(count))
    if count == 1:
        return one
    if 2 <= count <= 4:
        return few
    return many
