"""The city's colours: validation (WCAG AA contrast against white) and the stylesheet that sets
them as CSS custom properties.

The colours live in the site settings (``SiteSettings.primary_color``/``accent_color``). Public
pages allow only stylesheets from our own origin (no inline styles, see the CSP in settings),
so ``base.html`` links ``/vzhled.css?v=<colours>``: the URL changes whenever the colours do,
and the response may be cached for a long time.
"""

import re

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.views.decorators.http import require_GET

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
WHITE = "#ffffff"
MIN_TEXT_CONTRAST = 4.5  # WCAG 2.2 AA, normal text (1.4.3)
DEFAULT_PRIMARY = "#0b4f8a"
DEFAULT_ACCENT = "#0b4f8a"
CACHE_SECONDS = 365 * 24 * 3600


def normalize_hex(value):
    """'#0AF' -> '#00aaff'; the value must already look like a hex colour."""
    digits = value.strip().lstrip("#").lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return f"#{digits}"


def relative_luminance(color):
    """WCAG relative luminance of an sRGB hex colour (0 = black, 1 = white)."""
    digits = normalize_hex(color)[1:]
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_brand_color(value):
    """A hex colour that white text on it (and it as text on white) reads at WCAG AA."""
    if not HEX_COLOR.match(value.strip()):
        raise ValidationError(
            "Zadejte barvu v šestnáctkovém zápisu, např. #00538a.", code="invalid_color"
        )
    ratio = contrast_ratio(value, WHITE)
    if ratio < MIN_TEXT_CONTRAST:
        raise ValidationError(
            "Barva má proti bílé kontrast jen %(ratio)s : 1; pro čitelný text je potřeba "
            "alespoň 4,5 : 1 (WCAG AA). Zvolte tmavší odstín.",
            code="low_contrast",
            params={"ratio": f"{ratio:.1f}".replace(".", ",")},
        )


def darker(color, amount=0.22):
    """The colour mixed with ``amount`` of black (for hover states)."""
    digits = normalize_hex(color)[1:]
    channels = [round(int(digits[i : i + 2], 16) * (1 - amount)) for i in (0, 2, 4)]
    return "#" + "".join(f"{channel:02x}" for channel in channels)


def brand_css(primary, accent):
    """The stylesheet with the city's colours as the custom properties portal.css uses."""
    primary = normalize_hex(primary or DEFAULT_PRIMARY)
    accent = normalize_hex(accent or DEFAULT_ACCENT)
    return (
        ":root{"
        f"--color-primary:{primary};--color-primary-dark:{darker(primary)};"
        f"--color-link:{primary};--color-accent:{accent}"
        "}\n"
    )


@require_GET
def brand_stylesheet(request):
    """``/vzhled.css``: the colours of the site the request is for."""
    from portal.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    response = HttpResponse(
        brand_css(site_settings.primary_color, site_settings.accent_color),
        content_type="text/css; charset=utf-8",
    )
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}, immutable"
    return response
