"""Links editors type in: only http, https, mailto and tel, checked on input and on output.

``validate_safe_url`` guards every URL field and block editors fill in; ``safe_url`` (also the
template filter ``safe_url``, ``{% load link_tags %}``) drops any other link at render time and
in the open-data export, for values saved before the check or brought in by an importer.
"""

import re

from django.core.exceptions import ValidationError

SAFE_SCHEMES = ("http", "https", "mailto", "tel")
# Browsers ignore control characters and spaces in a scheme ("java\tscript:" runs).
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def url_scheme(value):
    """The scheme a browser would see in ``value`` (lower case), "" for a relative address."""
    match = _SCHEME.match(_IGNORED_BY_BROWSERS.sub("", value or ""))
    return match.group(1).lower() if match else ""


def safe_url(value):
    """``value`` if it is a link of an allowed scheme or a relative address, else ""."""
    value = (value or "").strip()
    scheme = url_scheme(value)
    return value if scheme in SAFE_SCHEMES or (not scheme and value) else ""


def validate_safe_url(value):
    """A full address with one of the allowed schemes (what editors may save)."""
    if url_scheme(value) not in SAFE_SCHEMES:
        raise ValidationError(
            "Zadejte celou adresu začínající https:// nebo http:// (případně mailto: nebo tel:).",
            code="unsafe_url",
        )
