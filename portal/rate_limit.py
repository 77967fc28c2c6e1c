"""Per-client counters in the cache that slow down floods of public form submissions."""

import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The address a client's submissions (and failed admin logins) are counted under.

    Without proxies (``NUM_PROXIES = 0``) it is ``REMOTE_ADDR``. Behind ``NUM_PROXIES`` trusted
    reverse proxies, each appending the address it saw to ``X-Forwarded-For``, it is the entry the
    outermost of them appended: what a client writes into the header itself lies further left.

    None when there is no IP address to go by (a request made in code, a Unix socket): such
    requests share one count, and django-axes stores no address for them.
    """
    address = request.META.get("REMOTE_ADDR")
    proxies = settings.NUM_PROXIES
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [entry.strip() for entry in forwarded if entry.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    return _ip_or_none(address)


def _ip_or_none(value):
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


@dataclass(frozen=True)
class RateLimit:
    """At most ``limit`` recorded events per client within ``window`` seconds."""

    scope: str
    limit: int
    window: int

    def key(self, client):
        return f"rate-limit:{self.scope}:{client}"

    def exceeded(self, client):
        return cache.get(self.key(client), 0) >= self.limit

    def record(self, client):
        key = self.key(client)
        cache.add(key, 0, self.window)
        try:
            cache.incr(key)
        except ValueError:  # the entry expired between add() and incr()
            cache.set(key, 1, self.window)
