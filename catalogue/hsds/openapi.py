"""The OpenAPI 3.1 description of our API: the official HSDS one, narrowed to what we serve."""

import copy
import functools
import json
from pathlib import Path

from catalogue.hsds.responses import hsds_endpoint, json_response

OFFICIAL = Path(__file__).with_name("hsds-openapi.json")


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
    return spec


@hsds_endpoint
def openapi_json(request):
    return json_response(describe(request.build_absolute_uri("/api/hsds")))
