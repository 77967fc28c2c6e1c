"""``{% pictogram "old" %}``: a vendored Tabler icon inlined as decorative SVG."""

from django import template

from portal.pictograms import pictogram_svg

register = template.Library()


@register.simple_tag
def pictogram(name, css_class="pictogram"):
    return pictogram_svg(name, css_class)
