"""A developer reads /api/hsds/openapi.json offline and learns everything the API answers."""

import json
from importlib.metadata import version

import pytest
import schemathesis

from catalogue.hsds.openapi import OFFICIAL

pytestmark = pytest.mark.django_db


def refs(node):
    """Every $ref in a JSON document."""
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.fixture
def spec(client, sample):
    response = client.get("/api/hsds/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_official_description_is_bundled_with_its_source():
    official = json.loads(OFFICIAL.read_text(encoding="utf-8"))
    bundled = official["x-bundled"]
    assert bundled["source"].startswith("https://github.com/openreferral/specification")
    assert bundled["bundled_on"] and "CC BY-SA" in bundled["licence"]
    assert all(ref.startswith("#/") for ref in refs(official))
    assert {"service", "service_list", "organization", "taxonomy_term"} <= set(
        official["components"]["schemas"]
    )


def test_our_description_resolves_offline_and_names_our_version_and_address(spec, settings):
    assert all(ref.startswith("#/") for ref in refs(spec))
    assert spec["info"]["version"] == version("komunitni-planovani")
    assert not spec["info"]["version"].startswith("REQUIRED")
    assert spec["servers"] == [{"url": settings.BASE_URL.rstrip("/") + "/api/hsds"}]
    loaded = schemathesis.openapi.from_dict(spec)
    operations = [result.ok() for result in loaded.get_all_operations()]
    assert len(operations) == 11


def test_every_operation_documents_its_czech_errors(spec):
    for path, item in spec["paths"].items():
        answers = item["get"]["responses"]
        assert {"200", "304", "405"} <= set(answers), path
        if path != "/":
            assert "404" in answers, path
        if item["get"].get("parameters"):
            assert "400" in answers, path
    for name in ("BadRequest", "NotFound", "MethodNotAllowed"):
        answer = spec["components"]["responses"][name]
        example = answer["content"]["application/json"]["example"]["error"]
        assert any(letter in example for letter in "áéíóúůýčďěňřšťž"), name
    allow = spec["components"]["responses"]["MethodNotAllowed"]["headers"]["Allow"]
    assert allow["schema"]["const"] == "GET, HEAD, OPTIONS"


def test_the_description_gives_the_real_bounds_and_the_extensions(spec):
    parameters = spec["components"]["parameters"]
    assert parameters["per_page"]["schema"]["maximum"] == 100
    assert parameters["page"]["schema"]["minimum"] == 1
    assert parameters["postcode"]["schema"]["pattern"]
    assert parameters["near"]["x-extension"] is True
    services = spec["paths"]["/services"]["get"]["responses"]["200"]["content"]
    assert "application/x-ndjson" in services
    items = services["application/json"]["schema"]["properties"]["contents"]["items"]
    assert {"$ref": "#/components/schemas/service_minimal"} in items["anyOf"]
    assert spec["components"]["schemas"]["service_minimal"]["required"] == ["id", "modified_date"]
    place = spec["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]
    schema = place["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/service_at_location_list"}


def test_the_description_follows_base_url(client, sample, settings):
    settings.BASE_URL = "https://portal.example.org"
    spec = client.get("/api/hsds/openapi.json").json()
    assert spec["servers"] == [{"url": "https://portal.example.org/api/hsds"}]
    root = client.get("/api/hsds/").json()
    assert root["openapi_url"] == "https://portal.example.org/api/hsds/openapi.json"
