import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from catalogue.hsds.openapi import OFFICIAL  # the official HSDS 3.0 description, bundled

SCHEMAS = {
    "service": "service",
    "service_list": "service_list",
    "organization": "organization",
    "organization_list": "organization_list",
    "taxonomy_term": "taxonomy_term",
    "taxonomy": "taxonomy",
    "service_at_location": "service_at_location_list",
}


@pytest.fixture(scope="session")
def hsds_schemas():
    """Validators of the official compiled schemas (CC BY-SA 4.0), by object."""
    schemas = json.loads(OFFICIAL.read_text(encoding="utf-8"))["components"]["schemas"]
    return {
        name: Draft202012Validator(schemas[key], format_checker=FormatChecker())
        for name, key in SCHEMAS.items()
    }


from tests.catalogue.conftest import catalogue, sample  # noqa: E402, F401  (a small catalogue)
