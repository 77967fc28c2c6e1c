"""The tile server is a setting; only pages with a map, and the admin, may load images from it."""

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.map_tiles import DEFAULT_TILE_URL, tile_origin
from tests.catalogue import factories as f
from tests.security.test_headers import directives

ROOT = Path(__file__).resolve().parents[2]
OSM = "https://tile.openstreetmap.org"


@pytest.mark.parametrize(
    "url, origin",
    [
        (DEFAULT_TILE_URL, OSM),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        (
            "https://Tiles.Example.org:8443/styles/{z}/{x}/{y}@2x.png?key=1",
            "https://tiles.example.org:8443",
        ),
        ("http://127.0.0.1:8080/{z}/{x}/{y}.png", "http://127.0.0.1:8080"),
    ],
)
def test_tile_origin(url, origin):
    assert tile_origin(url) == origin


@pytest.mark.parametrize(
    "url",
    [
        "",
        "tile.openstreetmap.org/{z}/{x}/{y}.png",
        "javascript:alert(1)//{z}/{x}/{y}",
        "https://tile.openstreetmap.org/tiles.png",
        "https://evil.example; script-src *//{z}/{x}/{y}.png",
        "https://user@tiles.example.org/{z}/{x}/{y}.png",
    ],
)
def test_a_malformed_tile_url_stops_start_up_in_czech(url):
    with pytest.raises(ImproperlyConfigured, match="není adresa dlaždic mapy"):
        tile_origin(url)


def test_tile_server_comes_from_the_environment():
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "MAP_TILE_URL": "https://{s}.tiles.example.cz/mapa/{z}/{x}/{y}.png",
        "MAP_TILE_ATTRIBUTION": "© Example",
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.MAP_TILE_ORIGIN, s.MAP_TILE_ATTRIBUTION, "
        "s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src'][-1], sep='|')"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "https://*.tiles.example.cz|© Example|https://*.tiles.example.cz"
    )


@pytest.fixture
def service(home_page):
    provider = f.provider(f.catalogue_index(home_page), "Charita Ukázková", "charita")
    return f.service(provider, "Azylový dům", "azylovy-dum")


@pytest.mark.django_db
def test_a_page_with_a_map_allows_the_tile_server_also_from_the_page_cache(
    client, service, settings
):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(service.url)
    cached = client.get(service.url)

    assert first["X-Page-Cache"] == "miss" and cached["X-Page-Cache"] == "hit"
    for response in (first, cached):
        policy = directives(response)
        assert policy["img-src"] == ["'self'", "data:", OSM]
        assert policy["script-src"] == ["'self'"]  # nothing else changes


@pytest.mark.django_db
def test_pages_without_a_map_do_not_allow_the_tile_server(client, service):
    place = service.places.get()
    place.address_secret = True
    place.latitude = Decimal("49.8")
    place.save()

    for url in ["/", "/katalog/", service.url, "/katalog/mapa.geojson"]:
        response = client.get(url)
        assert OSM not in response["Content-Security-Policy"], url


@pytest.mark.django_db
def test_catalogue_map_view_allows_the_tile_server(client, service):
    response = client.get("/katalog/", {"zobrazeni": "mapa"})

    assert OSM in directives(response)["img-src"]


@pytest.mark.django_db
def test_admin_allows_the_tile_server_for_the_map_picker(client, home_page):
    response = client.get("/admin/login/")

    assert OSM in directives(response)["img-src"]
