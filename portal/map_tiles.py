"""The tile server the portal's maps draw on (``MAP_TILE_URL``) and the origin the CSP allows.

Settings import this module, so it needs nothing but the settings themselves. A tile URL is a
Leaflet URL template: ``https://tile.openstreetmap.org/{z}/{x}/{y}.png``; ``{s}`` in the host
stands for the server's subdomains (``a``, ``b``, ``c``) and becomes ``*`` in the CSP.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">přispěvatelé OpenStreetMap</a>'
)
HOST = re.compile(r"(\{s\}\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?")


def tile_origin(url):
    """The origin (``scheme://host[:port]``) tiles of ``url`` come from, for the CSP's img-src;
    ImproperlyConfigured in Czech when ``url`` is not a tile URL template."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https"):
        raise _malformed(url, "musí začínat https:// (nebo http://)")
    host = parts.netloc.lower()
    name, _, port = host.partition(":")
    if not HOST.fullmatch(name) or (port and not port.isdigit()):
        raise _malformed(url, "chybí název serveru nebo obsahuje nepovolené znaky")
    if not all(part in url for part in ("{z}", "{x}", "{y}")):
        raise _malformed(url, "musí obsahovat {z}, {x} a {y}")
    return f"{parts.scheme}://{host.replace('{s}', '*')}"


def _malformed(url, reason):
    return ImproperlyConfigured(
        f"MAP_TILE_URL „{url}“ není adresa dlaždic mapy: {reason}. Např. {DEFAULT_TILE_URL}"
    )
