"""Per-client counters in the cache that slow down floods of public form submissions."""

from dataclasses import dataclass

from django.core.cache import cache


def client_address(request):
    """The address a client's submissions are counted under."""
    return request.META.get("REMOTE_ADDR") or "unknown"


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
