import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

SCHEMAS = Path(__file__).with_name("schemas")  # official HSDS 3.0 (CC BY-SA 4.0)


def load_schema(name):
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


@pytest.fixture(scope="session")
def hsds_schemas():
    service = json.loads((SCHEMAS / "service.json").read_text(encoding="utf-8"))
    attribute = service["properties"]["attributes"]["items"]["properties"]
    term = attribute["taxonomy_term"]
    sal = service["properties"]["service_at_locations"]["items"]

    def validator(schema):
        return Draft202012Validator(schema, format_checker=FormatChecker())

    return {
        "service": load_schema("service.json"),
        "service_list": load_schema("service_list.json"),
        "organization": load_schema("organization.json"),
        "organization_list": load_schema("organization_list.json"),
        "taxonomy_term": validator(term),
        "taxonomy": validator(term["properties"]["taxonomy_detail"]),
        "service_at_location": validator(sal),
    }


from tests.catalogue.conftest import catalogue, sample  # noqa: E402, F401  (a small catalogue)
