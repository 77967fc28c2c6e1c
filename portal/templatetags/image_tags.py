"""One way to show an uploaded image: responsive AVIF/WebP renditions with their dimensions.

    {% load image_tags %}
    {% responsive_image page.hero_image "fill-640x400" sizes="(min-width: 48rem) 40vw, 100vw"
                        eager=True class="hero__image" %}

``size`` is a Wagtail resize filter (``fill-WxH``, ``width-W``, ``max-WxH``): the size the image is
shown at on a wide screen. The tag renders ``templates/components/responsive_image.html``.
"""

from django import template
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

MODERN_FORMATS = [("avif", "image/avif"), ("webp", "image/webp")]


def scaled(size, factor):
    """``fill-640x400`` scaled by 0.5 is ``fill-320x200``."""
    operation, _, dimensions = size.partition("-")
    numbers = [str(round(int(number) * factor)) for number in dimensions.split("x")]
    return f"{operation}-{'x'.join(numbers)}"


def scale_factors(size):
    """Small images (logos, portraits) get a 2× version for sharp screens; large ones also a
    half-size version for phones."""
    width = int(size.partition("-")[2].split("x")[0])
    return (1, 2) if width <= 320 else (0.5, 1, 1.5)


def rendition_specs(size):
    """Every filter spec the component uses for ``size``: modern formats at each width, and the
    base size in the original format as the fallback."""
    specs = [
        f"{scaled(size, factor)}|format-{name}"
        for factor in scale_factors(size)
        for name, _mime_type in MODERN_FORMATS
    ]
    return [*specs, size]


def width_srcset(renditions):
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    return ", ".join(f"{r.url} {width}w" for width, r in sorted(by_width.items()))


@register.inclusion_tag("components/responsive_image.html")
def responsive_image(image, size, sizes="100vw", alt=None, eager=False, **attrs):
    """Context of the responsive image component for ``image`` (nothing when there is none)."""
    if not image:
        return {"image": None}
    renditions = get_renditions_or_not_found(image, rendition_specs(size))
    sources = []
    for name, mime_type in MODERN_FORMATS:
        of_format = [r for spec, r in renditions.items() if spec.endswith(f"|format-{name}")]
        sources.append({"mime_type": mime_type, "srcset": width_srcset(of_format)})
    return {
        "image": image,
        "sources": sources,
        "fallback": renditions[size],
        "sizes": sizes,
        "alt": image.default_alt_text if alt is None else alt,
        "eager": eager,
        "css_class": attrs.get("class", ""),
    }
