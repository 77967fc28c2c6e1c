"""Per-client counters in the cache that slow down floods of public form submissions."""

import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.core import checks
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
    """At most ``limit`` events per client within ``window`` seconds.

    ``reserve`` counts and checks in one atomic step (``cache.add`` + ``cache.incr``), so
    simultaneous requests cannot all pass a check before any of them is counted. The counts are
    shared by every worker only when the cache is (Redis, ``REDIS_URL``; ``check_shared_cache``
    warns otherwise).
    """

    scope: str
    limit: int
    window: int

    def key(self, client):
        return f"rate-limit:{self.scope}:{client}"

    def reserve(self, client):
        """Count one event for ``client``; False when it goes over the limit (it is refused)."""
        return self._count(self.key(client)) <= self.limit

    def _count(self, key):
        for _ in range(3):
            if cache.add(key, 1, self.window):
                return 1
            try:
                count = cache.incr(key)
            except ValueError:  # the entry expired between add() and incr(): start again
                continue
            if count == 1:
                # incr() recreated an entry that had just expired, possibly without an expiry.
                cache.touch(key, self.window)
            return count
        return 0  # the cache keeps refusing writes (e.g. Redis is down): no counting, let it pass


PROCESS_LOCAL_CACHES = {"LocMemCache", "DummyCache", "FileBasedCache"}


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """``check --deploy``: rate limits need a cache that every worker shares."""
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Warning(
            "Limity odeslání formulářů (registrace na akce, připomínky k plánům) se počítají "
            "v mezipaměti jednoho procesu: každý worker gunicornu má vlastní počty.",
            hint="Nastavte REDIS_URL, aby všechny procesy a servery sdílely jednu mezipaměť.",
            id="portal.W010",
        )
    ]
