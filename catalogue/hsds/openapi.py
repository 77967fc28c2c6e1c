"""Our OpenAPI 3.1 description: the official HSDS 3.0 one (``spec/official-openapi.json``, every
``$ref`` resolved inside it) completed with what this API does beyond it.

Added to the official text, nothing taken away:

* ``info`` (Czech title and description, ``version`` = the project's version) and ``servers``
  (``BASE_URL``);
* on every operation the 400, 404 and 405 answers with their Czech JSON message and the 304 of a
  conditional GET (the official text documents only 200);
* the exact bounds of each parameter (page from 1, per_page 1 to 100, UUIDs, PSČ, metres,
  ISO 8601), which the official text leaves as any string or integer;
* the shape of ``minimal=true`` and the NDJSON stream of ``format=ndjson``;
* our extensions, each marked ``x-extension``: ``near`` (a point and a radius), ``postcode`` and
  ``proximity`` also on ``/services``;
* one correction: ``/service_at_locations/{id}`` answers a service_at_location (the official text
  refers to the service schema there).
"""

import copy
import functools
import json
from pathlib import Path

from django.http import HttpResponse

from catalogue.hsds.params import MAX_PER_PAGE
from catalogue.hsds.proximity import DEFAULT_RADIUS, MAX_RADIUS
from catalogue.hsds.responses import hsds_endpoint, open_headers, project_version
from portal.base_url import base_url

OFFICIAL = Path(__file__).parent / "spec" / "official-openapi.json"
UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
UUID_LIST = {"type": "string", "pattern": f"^{UUID}(,{UUID})*$"}

DESCRIPTION = f"""Otevřená data katalogu sociálních služeb ve formátu Open Referral HSDS 3.0.

Bez klíče a bez registrace, jen pro čtení (GET, HEAD, OPTIONS; jiné metody vrátí 405),
s hlavičkou `Access-Control-Allow-Origin: *`. Odpovědi nesou `ETag` a `Last-Modified`;
podmíněný dotaz (`If-None-Match`, `If-Modified-Since`) vrátí 304, když se katalog nezměnil.
Chyby jsou JSON `{{"error": "…"}}` s českou zprávou: 400 neplatný parametr, 404 neexistující
objekt nebo stránka, 405 nepovolená metoda.

Popis vychází z oficiálního popisu HSDS 3.0 (openreferral/specification, větev 3.0, CC BY-SA 4.0)
a doplňuje jej. Rozšíření mimo standard jsou označena `x-extension`: parametr `near`
(okolí bodu, výchozí poloměr {DEFAULT_RADIUS} m) a parametry `postcode` a `proximity`
i u `/services`. Parametr `per_page` je nejvýše {MAX_PER_PAGE} (větší hodnota vrátí 400);
`format=ndjson` vrátí všechny výsledky po řádcích bez stránkování."""

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string", "description": "Co je špatně, česky."}},
}
MINIMAL = {
    "type": "object",
    "required": ["id", "modified_date"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "modified_date": {"type": "string", "format": "date-time"},
    },
    "description": "Služba při minimal=true: jen id a okamžik poslední změny.",
}


def error_response(description, example):
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Error"},
                "example": {"error": example},
            }
        },
    }


RESPONSES = {
    "NotModified": {"description": "Od dotazu se stejným ETag se katalog nezměnil."},
    "BadRequest": error_response(
        "Neplatný parametr; zpráva říká, který a proč.",
        "Parametr „per_page“ může být nejvýše 100.",
    ),
    "NotFound": error_response(
        "Objekt s tímto id neexistuje nebo není zveřejněný, nebo stránka je za koncem výsledků.",
        "Služba 00000000-0000-0000-0000-000000000000 neexistuje nebo není zveřejněná.",
    ),
    "MethodNotAllowed": {
        **error_response(
            "Rozhraní je jen pro čtení: povolené metody uvádí hlavička Allow.",
            "Metoda POST není povolená: rozhraní otevřených dat je jen pro čtení "
            "(GET, HEAD, OPTIONS).",
        ),
        "headers": {"Allow": {"schema": {"type": "string", "const": "GET, HEAD, OPTIONS"}}},
    },
}

PARAMETER_BOUNDS = {
    "page": ({"type": "integer", "minimum": 1, "default": 1}, "Od 1."),
    "per_page": (
        {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": 20},
        f"Nejvýše {MAX_PER_PAGE}; větší hodnota vrátí 400. Při minimal=true je výchozí vše "
        "na jedné stránce.",
    ),
    "format": ({"type": "string", "enum": ["json", "ndjson"], "default": "json"}, ""),
    "taxonomy_term_id": (UUID_LIST, "UUID, více hodnot oddělte čárkou (musí platit všechny)."),
    "taxonomy_id": (UUID_LIST, "UUID, více hodnot oddělte čárkou (musí platit všechny)."),
    "organization_id": (UUID_LIST, "UUID, více hodnot oddělte čárkou."),
    "modified_after": (
        {
            "anyOf": [
                {"type": "string", "format": "date-time"},
                {"type": "string", "format": "date"},
            ]
        },
        "ISO 8601, např. 2025-01-31 nebo 2025-01-31T12:00:00+01:00.",
    ),
    "minimal": ({"type": "boolean"}, "Položky mají jen id a modified_date."),
    "postcode": (
        {"type": "string", "pattern": "^[0-9]{3} ?[0-9]{2}$"},
        "PSČ, např. 70200 nebo 702 00. Bez proximity: výsledky s místem na tomto PSČ. PSČ, "
        "které nemá žádné zveřejněné místo katalogu, vrátí 400.",
    ),
    "proximity": (
        {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_RADIUS},
        "Metry od středu PSČ z parametru postcode (průměrné polohy našich míst s tímto PSČ); "
        "nejbližší první. Bez postcode vrátí 400.",
    ),
}
NEAR = {
    "name": "near",
    "in": "query",
    "required": False,
    "x-extension": True,
    "description": (
        "Rozšíření: jen výsledky s místem v okruhu kolem bodu, nejbližší první: "
        "`zeměpisná šířka,zeměpisná délka[,poloměr v metrech]` (WGS84, výchozí poloměr "
        f"{DEFAULT_RADIUS} m, nejvýše {MAX_RADIUS} m). Místa s utajenou adresou se nenajdou."
    ),
    "schema": {"type": "string", "pattern": r"^-?[0-9.]+, ?-?[0-9.]+(, ?[0-9.]+)?$"},
    "example": "49.8350,18.2920,2000",
}


@functools.cache
def official():
    return json.loads(OFFICIAL.read_text(encoding="utf-8"))


def narrow_parameters(spec):
    parameters = spec["components"]["parameters"]
    for name, (schema, note) in PARAMETER_BOUNDS.items():
        parameters[name]["schema"] = schema
        if note:
            parameters[name]["description"] += f" — {note}"
    parameters["near"] = NEAR
    for item in spec["paths"].values():
        for parameter in item.get("parameters", []):
            if parameter["in"] == "path":
                parameter["schema"] = {"type": "string", "format": "uuid"}
        for parameter in item["get"].get("parameters", []):
            if parameter.get("name") == "parent_id":
                parameter["schema"] = UUID_LIST


def add_extensions(spec):
    """``near`` on both lists of places; ``postcode`` and ``proximity`` on /services too."""
    services = spec["paths"]["/services"]["get"]["parameters"]
    for name in ("postcode", "proximity"):
        services.append({"$ref": f"#/components/parameters/{name}", "x-extension": True})
    for path in ("/services", "/service_at_locations"):
        spec["paths"][path]["get"]["parameters"].append({"$ref": "#/components/parameters/near"})


def document_answers(spec):
    """Error answers on every operation, minimal and NDJSON on the lists, one correction."""
    schemas = spec["components"]["schemas"]
    schemas["Error"] = ERROR
    schemas["service_minimal"] = MINIMAL
    spec["components"]["responses"] = RESPONSES
    for path, item in spec["paths"].items():
        answers = item["get"]["responses"]
        answers["304"] = {"$ref": "#/components/responses/NotModified"}
        if item["get"].get("parameters"):
            answers["400"] = {"$ref": "#/components/responses/BadRequest"}
        if path != "/":
            answers["404"] = {"$ref": "#/components/responses/NotFound"}
        answers["405"] = {"$ref": "#/components/responses/MethodNotAllowed"}
        content = answers["200"]["content"]
        if "contents" in content["application/json"]["schema"].get("properties", {}):
            content["application/x-ndjson"] = {
                "schema": {
                    "type": "string",
                    "description": "format=ndjson: každá položka seznamu na jednom řádku.",
                }
            }
    items = spec["paths"]["/services"]["get"]["responses"]["200"]["content"]["application/json"]
    contents = items["schema"]["properties"]["contents"]
    contents["items"] = {
        "anyOf": [contents["items"], {"$ref": "#/components/schemas/service_minimal"}]
    }
    detail = spec["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]
    detail["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/service_at_location_list"
    }


def describe(server_url):
    """Our description as a dict."""
    spec = copy.deepcopy(official())
    del spec["x-bundled"]
    spec["info"] = {
        "title": "Katalog sociálních služeb Ostrava: otevřená data HSDS 3.0",
        "version": project_version(),
        "description": DESCRIPTION,
    }
    spec["servers"] = [{"url": server_url}]
    narrow_parameters(spec)
    add_extensions(spec)
    document_answers(spec)
    return spec


@functools.cache
def described(server_url):
    """Our description as JSON text, built once per process (it is about 3 MB)."""
    return json.dumps(describe(server_url), ensure_ascii=False)


@hsds_endpoint
def openapi_json(request):
    body = described(base_url() + "/api/hsds")
    return open_headers(HttpResponse(body, content_type="application/json; charset=utf-8"))
