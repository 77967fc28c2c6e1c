"""Redis and Elasticsearch go away: pages keep working, search falls back to the database."""

import logging
import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from portal.models import StandardPage
from portal.settings.base import search_backends

pytestmark = pytest.mark.django_db

REDIS_PORT = 6390


def closed_port():
    """A port on 127.0.0.1 where nothing listens (bound and released at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_cli(*args):
    return subprocess.run(
        ["redis-cli", "-p", str(REDIS_PORT), *args], capture_output=True, text=True, timeout=10
    )


def start_redis():
    subprocess.run(
        ["redis-server", "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no"]
        + ["--daemonize", "yes"],
        check=True,
        timeout=10,
    )
    for _ in range(100):
        if redis_cli("ping").stdout.strip() == "PONG":
            return
        time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


def stop_redis():
    redis_cli("shutdown", "nosave")
    for _ in range(100):
        if redis_cli("ping").returncode != 0:
            return
        time.sleep(0.05)


@pytest.fixture
def redis_server():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    start_redis()
    yield
    stop_redis()


@pytest.fixture
def info_page(home_page):
    page = home_page.add_child(
        instance=StandardPage(title="Azylový dům pro matky s dětmi", slug="azylovy-dum")
    )
    page.save_revision().publish()
    return page


def test_redis_stops_pages_keep_working_and_cache_returns(client, info_page, redis_server, caplog):
    redis_cache = {
        "default": {
            "BACKEND": "portal.resilience.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{REDIS_PORT}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            "RETRY_AFTER": 0,
        }
    }
    with override_settings(CACHES=redis_cache):
        cache.set("resilience-probe", "ano")
        assert cache.get("resilience-probe") == "ano"
        assert client.get("/azylovy-dum/").status_code == 200
        assert int(redis_cli("dbsize").stdout) >= 1  # the pages really use this Redis

        stop_redis()
        with caplog.at_level(logging.WARNING, logger="portal.resilience.cache"):
            statuses = [client.get(url).status_code for url in ("/", "/azylovy-dum/", "/hledat/")]
            probe = cache.get("resilience-probe", "miss")
            cache.set("resilience-probe", "ne")
            assert cache.get_or_set("other", 5) == 5
        print(f"\nRedis down: pages {statuses}, cache read -> {probe!r}")
        assert statuses == [200, 200, 200]
        assert probe == "miss"
        assert "Redis cache unreachable" in caplog.text

        start_redis()
        cache.set("resilience-probe", "zpět")
        assert cache.get("resilience-probe") == "zpět"


def elasticsearch_at_closed_port():
    backends = search_backends(f"http://127.0.0.1:{closed_port()}", "test_resilience_")
    backends["default"]["BACKEND"] = "portal.resilience.search_backend"
    backends["default"]["TIMEOUT"] = 1
    backends["default"]["OPTIONS"] = {"max_retries": 0}
    backends["fallback"] = {"BACKEND": "wagtail.search.backends.database"}
    return backends


def test_settings_add_the_fallback_only_with_elasticsearch():
    from django.conf import settings

    if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "portal.resilience.search_backend":
        assert settings.WAGTAILSEARCH_BACKENDS["fallback"]["BACKEND"].endswith(".database")
    else:
        assert "fallback" not in settings.WAGTAILSEARCH_BACKENDS


def test_elasticsearch_unreachable_search_falls_back_to_database(client, home_page, caplog):
    from portal.search.query import search_entries

    with override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch_at_closed_port()):
        with caplog.at_level(logging.ERROR, logger="modelsearch.index"):
            page = home_page.add_child(
                instance=StandardPage(title="Azylový dům pro matky s dětmi", slug="azylovy-dum")
            )
            page.save_revision().publish()  # indexing into Elasticsearch fails, is logged
        caplog.clear()

        with caplog.at_level(logging.WARNING, logger="portal.resilience.search_backend"):
            started = time.monotonic()
            response = client.get("/hledat/", {"q": "azylovy dum"})
            elapsed = time.monotonic() - started
            found = [entry.title for entry in search_entries("azylový dům")[:5]]
            suggestions = client.get("/hledat/napoveda/", {"q": "azyl"})

    print(f"\nElasticsearch down: /hledat/ {response.status_code} in {elapsed:.2f} s, {found}")
    assert response.status_code == 200
    assert "Azylový dům pro matky s dětmi" in response.text
    assert found == ["Azylový dům pro matky s dětmi"]
    assert suggestions.status_code == 200
    assert "searching the database index instead" in caplog.text
    assert elapsed < 5


def test_elasticsearch_timing_out_search_falls_back_to_database(client, info_page, caplog):
    """A server that accepts connections but never answers: the 1 s timeout, then the database."""
    with socket.socket() as hanging:
        hanging.bind(("127.0.0.1", 0))
        hanging.listen(16)
        backends = search_backends(f"http://127.0.0.1:{hanging.getsockname()[1]}", "test_")
        backends["default"].update(
            BACKEND="portal.resilience.search_backend", TIMEOUT=1, OPTIONS={"max_retries": 0}
        )
        backends["fallback"] = {"BACKEND": "wagtail.search.backends.database"}
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
            caplog.at_level(logging.WARNING, logger="portal.resilience.search_backend"),
        ):
            started = time.monotonic()
            response = client.get("/hledat/", {"q": "azylovy dum"})
            elapsed = time.monotonic() - started

    print(f"\nElasticsearch hanging: /hledat/ {response.status_code} in {elapsed:.2f} s")
    assert response.status_code == 200
    assert "Azylový dům pro matky s dětmi" in response.text
    assert "ConnectionTimeout" in caplog.text or "timed out" in caplog.text.lower()
    assert elapsed < 5
