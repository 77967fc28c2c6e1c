"""The portal's one public address (``BASE_URL``): every absolute URL it writes starts with it.

Pages get theirs from the default Wagtail ``Site``, which follows ``BASE_URL``
(``portal.default_site``); everything else (the sitemap's address in robots.txt, feeds, images,
the OpenAPI ``servers``) is joined to ``BASE_URL`` here. Settings import this module, so it
needs nothing but the settings themselves.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DEFAULT_PORTS = {"http": 80, "https": 443}
# A DNS name (letters, digits, hyphens, dots; IDN in its xn-- form) or an IP address.
HOSTNAME = re.compile(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?|[0-9a-f:.]+")


def parse_base_url(value):
    """``value`` as ``scheme://host[:port]`` (no trailing slash, no default port), or
    ImproperlyConfigured saying in Czech what is wrong with it.

    The address is a scheme and a host (and a port where needed), nothing more: a Wagtail
    ``Site`` serves the portal from the root of that host.
    """
    text = (value or "").strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise _malformed(value, "port nebo název serveru nejde přečíst") from None
    if parts.scheme not in DEFAULT_PORTS:
        raise _malformed(value, "musí začínat http:// nebo https://")
    host = parts.hostname or ""
    if not HOSTNAME.fullmatch(host):
        raise _malformed(value, "chybí název serveru nebo obsahuje nepovolené znaky")
    if parts.username or parts.password:
        raise _malformed(value, "nesmí obsahovat jméno ani heslo")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise _malformed(value, "portál běží v kořeni adresy, bez cesty, parametrů a #")
    # Wagtail's Site writes port 443 as https:// and every other port as http://.
    if parts.scheme == "https" and port not in (None, 443):
        raise _malformed(value, "https:// je možné jen na standardním portu 443")
    if parts.scheme == "http" and port == 443:
        raise _malformed(value, "port 443 patří k https://")
    host = f"[{host}]" if ":" in host else host
    if port is None or port == DEFAULT_PORTS[parts.scheme]:
        return f"{parts.scheme}://{host}"
    return f"{parts.scheme}://{host}:{port}"


def _malformed(value, reason):
    return ImproperlyConfigured(
        f"Proměnná prostředí BASE_URL={value!r} není platná veřejná adresa portálu: {reason}. "
        "Příklad: BASE_URL=https://portal.example.org"
    )


def base_url():
    """The public address without a trailing slash, e.g. ``https://portal.example.org``."""
    return settings.BASE_URL.rstrip("/")


def absolute_url(path="/"):
    """``path`` (``/aktuality/rss/``) as an absolute URL at ``BASE_URL``; a URL that already has
    a scheme and host (media in object storage, say) is returned unchanged."""
    if urlsplit(path).netloc:
        return path
    return base_url() + "/" + path.lstrip("/")


def site_address():
    """(hostname, port) of ``BASE_URL``, as a Wagtail ``Site`` stores them."""
    parts = urlsplit(settings.BASE_URL)
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return host, parts.port or DEFAULT_PORTS[parts.scheme]
