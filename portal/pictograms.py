"""Pictograms: the Tabler outline icons vendored in ``static/vendor/@tabler/icons/`` (MIT).

Editors choose a pictogram by name (e.g. for a life situation); templates inline its SVG with
``{% pictogram name %}`` so that it takes the text colour and costs no extra request. To offer
another icon, add its name here and to ``scripts/vendor_static.py``, then run that script.
"""

import re
from functools import cache

from django.contrib.staticfiles import finders
from django.utils.html import format_html
from django.utils.safestring import mark_safe

ICON_PATH = "vendor/@tabler/icons/icons/outline/{name}.svg"

# Name of the vendored icon -> what editors see in the admin.
PICTOGRAMS = [
    ("old", "Senior s holí"),
    ("home-heart", "Domov se srdcem"),
    ("heart-handshake", "Podaná ruka se srdcem"),
    ("bed", "Postel"),
    ("shield-heart", "Štít se srdcem"),
    ("coin", "Mince"),
    ("pill", "Lék"),
    ("wheelchair", "Vozík"),
    ("baby-carriage", "Kočárek"),
    ("mood-sad", "Smutný obličej"),
    ("lifebuoy", "Záchranný kruh"),
    ("users", "Skupina lidí"),
    ("friends", "Dospělý s dítětem"),
    ("school", "Škola"),
    ("briefcase", "Aktovka"),
    ("ear", "Ucho"),
    ("eye", "Oko"),
    ("brain", "Mozek"),
    ("phone", "Telefon"),
    ("map-pin", "Místo na mapě"),
]
# Icons the templates use themselves (not offered to editors).
INTERFACE_ICONS = ["search", "calendar-event", "news"]
PICTOGRAM_NAMES = {name for name, _label in PICTOGRAMS} | set(INTERFACE_ICONS)

_SVG_BODY = re.compile(r"<svg[^>]*>(?P<body>.*)</svg>", re.S)
_NO_OP_PATH = '<path stroke="none" d="M0 0h24v24H0z" fill="none"/>'


@cache
def _svg_body(name):
    """The drawing inside the icon's ``<svg>`` element, whitespace collapsed; '' if missing."""
    path = finders.find(ICON_PATH.format(name=name))
    if path is None:
        return ""
    with open(path, encoding="utf-8") as file:
        match = _SVG_BODY.search(file.read())
    if match is None:
        return ""
    body = match.group("body").replace(_NO_OP_PATH, "")
    return re.sub(r"\s*\n\s*", "", body)


def pictogram_svg(name, css_class="pictogram"):
    """The inline, decorative SVG of a pictogram (hidden from screen readers), or ''."""
    if name not in PICTOGRAM_NAMES:
        return ""
    body = _svg_body(name)
    if not body:
        return ""
    return format_html(
        '<svg class="{}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75"'
        ' stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">'
        "{}</svg>",
        css_class,
        mark_safe(body),  # our own vendored file, not user input
    )
