"""Bundle the official HSDS 3.0 OpenAPI description into one file with every $ref resolved.

    .venv/bin/python catalogue/hsds/spec/bundle_official.py <folder>

<folder> holds the specification's ``schema/openapi.json`` and the compiled schemas
(``service.json``, ``service_list.json``, ``organization.json``, ``organization_list.json``)
of the ``3.0`` tag of https://github.com/openreferral/specification. The official description
points its responses at those schemas on raw.githubusercontent.com, a moving branch; here each
one becomes ``#/components/schemas/<name>`` of ``official-openapi.json`` next to this script,
so the description reads the same offline and tomorrow. Nothing else is changed.

Three targets are not among the compiled files; they are taken from where the compiled
``service.json`` nests the same object (listed in ``x-bundled.substitutes``).
"""

import datetime
import json
import sys
from pathlib import Path

OFFICIAL_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OUTPUT = Path(__file__).with_name("official-openapi.json")
COMPILED = ("service", "service_list", "organization", "organization_list")
# target -> (compiled schema, path inside it) for the targets without a compiled file
SUBSTITUTES = {
    "taxonomy_term.json": ("service", ["attributes", "taxonomy_term"]),
    "taxonomy.json": ("service", ["attributes", "taxonomy_term", "taxonomy_detail"]),
    "compiled/service_at_location_list.json": ("service", ["service_at_locations"]),
}


def nested(schema, names):
    """The subschema reached by following property names (through array items)."""
    for name in names:
        schema = schema["properties"][name]
        schema = schema.get("items", schema)
    return schema


def target_name(url):
    """``compiled/service_list.json`` -> ``service_list``."""
    return url.removeprefix(OFFICIAL_BASE).rsplit("/", 1)[-1].removesuffix(".json")


def replace_refs(node, found):
    """Point every official URL $ref at components/schemas; collect the targets in ``found``."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith(OFFICIAL_BASE):
            found.add(ref.removeprefix(OFFICIAL_BASE))
            node["$ref"] = f"#/components/schemas/{target_name(ref)}"
        for value in node.values():
            replace_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            replace_refs(value, found)


def bundle(folder):
    spec = json.loads((folder / "openapi.json").read_text(encoding="utf-8"))
    compiled = {
        name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in COMPILED
    }
    targets = set()
    replace_refs(spec["paths"], targets)
    schemas = spec["components"].setdefault("schemas", {})
    substituted = {}
    for target in sorted(targets):
        name = target_name(target)
        if name in compiled:
            schemas[name] = compiled[name]
        else:
            source, names = SUBSTITUTES[target]
            schemas[name] = nested(compiled[source], names)
            substituted[target] = f"compiled/{source}.json: {'.'.join(names)}"
    assert "raw.githubusercontent.com" not in json.dumps(spec), "an unresolved $ref is left"
    bundled = {
        "openapi": spec.pop("openapi"),
        "x-bundled": {
            "source": "https://github.com/openreferral/specification/tree/3.0/schema",
            "licence": "CC BY-SA 4.0, © Open Referral",
            "bundled_on": datetime.date.today().isoformat(),
            "by": "catalogue/hsds/spec/bundle_official.py",
            "substitutes": substituted,
        },
    }
    bundled.update(spec)
    return bundled


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    spec = bundle(Path(sys.argv[1]))
    OUTPUT.write_text(json.dumps(spec, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(spec['paths'])} paths, {len(spec['components']['schemas'])} schemas")


if __name__ == "__main__":
    main()
