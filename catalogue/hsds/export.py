"""The HSDS 3.0 tabular data package: one CSV per object plus the official datapackage.json.

Rows are written while the catalogue is read in chunks, so memory stays flat whatever its size.
"""

import csv
import json
import tempfile
import zipfile
from contextlib import ExitStack
from pathlib import Path

from catalogue.hsds.queries import PageUrls, in_chunks, public_providers, public_services
from catalogue.hsds.serializers import Serializer, providers_for_hsds, services_for_hsds
from catalogue.hsds.taxonomy import KINDS, Vocabulary

DATAPACKAGE = Path(__file__).with_name("hsds-datapackage.json")
CHUNK = 200


def datapackage():
    return json.loads(DATAPACKAGE.read_text(encoding="utf-8"))


def columns():
    """{file name: [column, ...]} as the official package describes them."""
    return {
        resource["path"]: [field["name"] for field in resource["schema"]["fields"]]
        for resource in datapackage()["resources"]
    }


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class TableWriter:
    """CSV writers for every table; ``add(path, row)`` keeps only the table's own columns."""

    def __init__(self, open_table):
        self.columns = columns()
        self.writers = {}
        for path, names in self.columns.items():
            writer = csv.DictWriter(open_table(path), fieldnames=names, extrasaction="ignore")
            writer.writeheader()
            self.writers[path] = writer
        self.counts = dict.fromkeys(self.columns, 0)

    def add(self, path, row):
        self.writers[path].writerow({key: cell(value) for key, value in row.items()})
        self.counts[path] += 1


def write_organization(tables, org):
    tables.add("organizations.csv", org)
    for identifier in org.get("organization_identifiers", []):
        tables.add("organization_identifiers.csv", identifier)
    for phone in org.get("phones", []):
        tables.add("phones.csv", phone)
    for location in org.get("locations", []):
        write_location(tables, location)


def write_location(tables, location):
    tables.add("locations.csv", location)
    for address in location.get("addresses", []):
        tables.add("addresses.csv", address)
    for access in location.get("accessibility", []):
        tables.add("accessibility.csv", access)


def write_service(tables, service):
    tables.add("services.csv", service)
    for phone in service["phones"]:
        tables.add("phones.csv", phone)
    for schedule in service["schedules"]:
        tables.add("schedules.csv", schedule)
    for area in service["service_areas"]:
        tables.add("service_areas.csv", area)
    for language in service["languages"]:
        tables.add("languages.csv", language)
    for option in service["cost_options"]:
        tables.add("cost_options.csv", option)
    for attribute in service["attributes"]:
        tables.add("attributes.csv", attribute)
    for link in service["service_at_locations"]:
        tables.add("service_at_location.csv", link)
        write_location(tables, link["location"])


def write_package(tables, serializer):
    vocabulary = serializer.vocabulary
    for kind in KINDS:
        tables.add("taxonomies.csv", kind.as_hsds(vocabulary.base_url))
    for kind, term in vocabulary.by_id.values():
        tables.add("taxonomy_terms.csv", vocabulary.term_as_hsds(kind, term))
    providers = providers_for_hsds(public_providers()).order_by("path")
    for provider in in_chunks(providers, CHUNK):
        write_organization(tables, serializer.organization(provider))
    services = services_for_hsds(public_services()).order_by("path")
    for service in in_chunks(services, CHUNK):
        write_service(tables, serializer.service(service, nested_organization=False))


def export_package(target):
    """Write the package to a directory or, for a name ending in .zip, a zip file.

    A zip file accepts one open member at a time, so the tables are first written to a
    temporary directory next to the target and then packed one after another.
    Returns {file name: number of rows}.
    """
    target = Path(target)
    if target.suffix.lower() != ".zip":
        return write_directory(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        counts = write_directory(Path(scratch))
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(scratch).iterdir()):
                archive.write(path, path.name)
    return counts


def write_directory(target):
    target.mkdir(parents=True, exist_ok=True)
    urls = PageUrls()
    serializer = Serializer(Vocabulary(urls.base_url), urls)
    with ExitStack() as stack:

        def open_table(path):
            return stack.enter_context(open(target / path, "w", encoding="utf-8", newline=""))

        tables = TableWriter(open_table)
        write_package(tables, serializer)
    package = json.dumps(datapackage(), ensure_ascii=False, indent=2)
    (target / "datapackage.json").write_text(package, encoding="utf-8")
    return tables.counts
