"""Public forms share one per-client rate limit."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from portal.rate_limit import RateLimit, client_address


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_limit_is_reached_after_the_allowed_number_of_events():
    limit = RateLimit("test-form", limit=3, window=60)

    for _ in range(2):
        limit.record("192.0.2.1")
    assert not limit.exceeded("192.0.2.1")

    limit.record("192.0.2.1")
    assert limit.exceeded("192.0.2.1")


def test_clients_and_forms_are_counted_apart():
    comments = RateLimit("comments", limit=1, window=60)
    registrations = RateLimit("registrations", limit=1, window=60)

    comments.record("192.0.2.1")

    assert comments.exceeded("192.0.2.1")
    assert not comments.exceeded("192.0.2.2")
    assert not registrations.exceeded("192.0.2.1")


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
