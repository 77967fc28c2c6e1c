"""Public forms share one per-client rate limit, counted atomically in the shared cache."""

import threading

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from portal.rate_limit import RateLimit, check_shared_cache, client_address


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_limit_is_reached_after_the_allowed_number_of_events():
    limit = RateLimit("test-form", limit=3, window=60)

    allowed = [limit.reserve("192.0.2.1") for _ in range(4)]

    assert allowed == [True, True, True, False]


def test_clients_and_forms_are_counted_apart():
    comments = RateLimit("comments", limit=1, window=60)
    registrations = RateLimit("registrations", limit=1, window=60)

    assert comments.reserve("192.0.2.1")

    assert not comments.reserve("192.0.2.1")
    assert comments.reserve("192.0.2.2")
    assert registrations.reserve("192.0.2.1")


def simultaneously(count, action):
    """Run ``action`` in ``count`` threads released at the same moment; their results."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(number):
        barrier.wait()
        results[number] = action(number)

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_simultaneous_events_never_pass_the_limit():
    limit = RateLimit("test-race", limit=5, window=60)

    for _ in range(20):
        cache.clear()
        results = simultaneously(8, lambda number: limit.reserve("192.0.2.1"))
        assert results.count(True) == 5


def test_an_expired_count_starts_again(settings):
    limit = RateLimit("test-expiry", limit=1, window=60)
    assert limit.reserve("192.0.2.1")
    cache.delete(limit.key("192.0.2.1"))  # what the cache does when the window is over

    assert limit.reserve("192.0.2.1")


def test_production_warns_without_a_shared_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [warning.id for warning in check_shared_cache()] == ["portal.W010"]

    settings.CACHES = {
        "default": {
            "BACKEND": "portal.resilience.cache.TolerantRedisCache",
            "LOCATION": "redis://cache:6379/1",
        }
    }
    assert check_shared_cache() == []


def test_client_address_comes_from_the_connection():
    request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.7")

    assert client_address(request) == "198.51.100.7"


def test_client_without_an_ip_address_has_none(settings):
    """A request made in code (force_login) or over a Unix socket has no address to store."""
    settings.NUM_PROXIES = 1
    request = RequestFactory().post("/", REMOTE_ADDR="", HTTP_X_FORWARDED_FOR="nonsense")
    assert client_address(request) is None

    settings.NUM_PROXIES = 0
    request.META.pop("REMOTE_ADDR")
    assert client_address(request) is None
