"""The OpenAPI 3.1 description of our API: the official HSDS one, narrowed to what we serve."""

import copy
import functools
import json
from pathlib import Path

from catalogue.hsds.proximity import DEFAULT_RADIUS, MAX_RADIUS
from catalogue.hsds.responses import hsds_endpoint, json_response

OFFICIAL = Path(__file__).with_name("hsds-openapi.json")
PROXIMITY = {
    "name": "proximity",
    "in": "query",
    "required": False,
    "description": (
        "Only results with a place within a circle, nearest first: `latitude,longitude` "
        f"(WGS84 degrees) with an optional radius in metres, `latitude,longitude,radius` "
        f"(default {DEFAULT_RADIUS}, at most {MAX_RADIUS}). Places with a secret address never "
        "match. A malformed value gives 400."
    ),
    "schema": {"type": "string", "pattern": r"^-?[0-9.]+,-?[0-9.]+(,[0-9.]+)?$"},
    "example": "49.8350,18.2920,2000",
}


@functools.cache
def official():
    return json.loads(OFFICIAL.read_text(encoding="utf-8"))


def describe(server_url):
    spec = copy.deepcopy(official())
    spec["info"] = {
        **spec.get("info", {}),
        "title": "Katalog sociálních služeb Ostrava: otevřená data HSDS 3.0",
        "description": (
            "Otevřená data katalogu sociálních služeb ve formátu Open Referral HSDS 3.0. "
            "Bez klíče, jen GET, Access-Control-Allow-Origin: *. per_page nejvýše 100 "
            "(větší hodnota vrátí chybu 400). format=ndjson vrátí celý katalog po řádcích."
        ),
    }
    spec["servers"] = [{"url": server_url}]
    spec["components"]["parameters"]["proximity"] = PROXIMITY
    services = spec["paths"]["/services"]["get"]["parameters"]
    services.append({"$ref": "#/components/parameters/proximity"})
    return spec


@hsds_endpoint
def openapi_json(request):
    return json_response(describe(request.build_absolute_uri("/api/hsds")))
