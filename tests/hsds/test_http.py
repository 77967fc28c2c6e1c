"""The API speaks plain read-only HTTP: methods, unknown addresses, conditional GET, gzip."""

import gzip

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "hsds:root",
    "hsds:openapi",
    "hsds:documentation",
    "hsds:services",
    "hsds:organizations",
    "hsds:taxonomies",
    "hsds:taxonomy_terms",
    "hsds:service_at_locations",
]
DETAILS = ["service", "organization", "taxonomy", "taxonomy_term", "service_at_location"]


def every_endpoint(sample):
    urls = [reverse(name) for name in ENDPOINTS]
    service_id = sample["seniors"].translation_key
    urls += [reverse(f"hsds:{name}", args=[service_id]) for name in DETAILS]
    return urls + ["/api/hsds/nic-takoveho"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_gets_405_in_czech_json_not_a_csrf_page(sample, method):
    client = Client(enforce_csrf_checks=True)
    for url in every_endpoint(sample):
        response = getattr(client, method)(url, data="{}", content_type="application/json")
        assert response.status_code == 405, url
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "jen pro čtení" in response.json()["error"]


def test_an_unknown_method_gets_405_too(client, sample):
    response = client.generic("QUERY", "/api/hsds/services")
    assert response.status_code == 405
    assert response.json()["error"].startswith("Metoda QUERY není povolená")


def test_options_lists_the_methods_for_a_browser(client, sample):
    response = client.options("/api/hsds/services", headers={"origin": "https://kraj.example.org"})
    assert response.status_code == 200
    assert response["Allow"] == response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.content == b""


def test_head_answers_like_get_without_a_body(client, sample):
    response = client.head("/api/hsds/services")
    assert response.status_code == 200
    assert response["ETag"]
    assert response.content == b""


def test_an_unknown_address_gets_a_json_404(client, sample):
    response = client.get("/api/hsds/services/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "/api/hsds/dokumentace/" in response.json()["error"]
    assert client.get("/api/hsds/x/y/z").json()["error"].startswith("Adresa /api/hsds/x/y/z")
    redirect = client.get("/api/hsds/dokumentace")
    assert redirect.status_code == 301 and redirect["Location"] == "/api/hsds/dokumentace/"


def test_a_compressed_answer_revalidates_with_its_weak_etag(client, sample):
    """GZipMiddleware compresses the body; the client (or a cache) sends the ETag back and gets
    304 with the same ETag, with or without compression."""
    gzipped = {"accept-encoding": "gzip"}
    first = client.get("/api/hsds/services", {"per_page": 100, "full": "true"}, headers=gzipped)
    assert first["Content-Encoding"] == "gzip"
    assert first["ETag"].startswith('W/"')
    assert b"Domov pro seniory" in gzip.decompress(first.content)
    again = client.get(
        "/api/hsds/services",
        {"per_page": 100, "full": "true"},
        headers={**gzipped, "if-none-match": first["ETag"]},
    )
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert again["Access-Control-Allow-Origin"] == "*"
    plain = client.get(
        "/api/hsds/services",
        {"per_page": 100, "full": "true"},
        headers={"if-none-match": first["ETag"]},
    )
    assert plain.status_code == 304


def test_a_change_of_the_catalogue_gives_a_new_answer(client, sample):
    gzipped = {"accept-encoding": "gzip"}
    first = client.get("/api/hsds/organizations", headers=gzipped)
    sample["homes"].save_revision().publish()
    after = client.get(
        "/api/hsds/organizations", headers={**gzipped, "if-none-match": first["ETag"]}
    )
    assert after.status_code == 200
    assert after["ETag"] != first["ETag"]
