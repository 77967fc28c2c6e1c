"""Reading an HSDS 3.0 tabular package (a directory or a zip) back into the catalogue.

Our own export round-trips: pages keep their UUIDs (``translation_key``), terms are matched by
the slug in ``term_uri`` (or by name), places are rebuilt from locations. Each organization and
each service is imported in its own transaction; a broken row is reported and skipped. A row
whose data already matches the catalogue changes nothing, so a second run is a no-op.
Imported pages are published: the package is already public open data.
"""

import csv
import io
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import InvalidOperation
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction

from catalogue.hsds import ids
from catalogue.hsds.pages import Districts, ProviderState, ServiceState
from catalogue.hsds.taxonomy import KINDS_BY_ID
from catalogue.models import CatalogueIndexPage, ServiceType
from catalogue.models.taxonomy import make_slug
from portal.search.indexing import refresh_statistics


class PackageError(Exception):
    """The package as a whole cannot be read (a clear message instead of a traceback)."""


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)  # (what, reason)

    def count(self, outcome):
        setattr(self, outcome, getattr(self, outcome) + 1)

    def summary(self):
        return (
            f"vytvořeno {self.created}, změněno {self.updated}, beze změny {self.unchanged}, "
            f"přeskočeno {len(self.skipped)}"
        )


def read_tables(source):
    """{file name: [row dict, ...]} of every CSV in a package directory or zip file."""
    source = Path(source)
    tables = {}
    try:
        if source.is_dir():
            files = {path.name: path.read_bytes() for path in source.glob("*.csv")}
        elif zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as archive:
                files = {
                    Path(name).name: archive.read(name)
                    for name in archive.namelist()
                    if name.endswith(".csv")
                }
        else:
            raise PackageError(f"{source} není složka ani soubor ZIP s balíčkem HSDS.")
    except (OSError, zipfile.BadZipFile) as problem:
        raise PackageError(f"Balíček {source} nelze přečíst: {problem}") from problem
    for name, raw in files.items():
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as problem:
            raise PackageError(f"Soubor {name} není v kódování UTF-8.") from problem
        tables[name] = list(csv.DictReader(io.StringIO(text, newline="")))
    if "services.csv" not in tables and "organizations.csv" not in tables:
        raise PackageError(f"V balíčku {source} chybí services.csv i organizations.csv.")
    return tables


def grouped(rows, key):
    groups = defaultdict(list)
    for row in rows:
        groups[row.get(key, "")].append(row)
    return groups


class Importer:
    def __init__(self, tables, log=lambda message: None):
        self.tables = tables
        self.log = log
        self.report = Report()
        self.terms = {}  # term uuid -> (kind, term)
        self.index = CatalogueIndexPage.objects.first()
        if self.index is None:
            raise PackageError("V portálu chybí stránka katalogu, pod kterou se import ukládá.")

    def table(self, name):
        return self.tables.get(name, [])

    def run(self):
        self.import_terms()
        locations = {row["id"]: row for row in self.table("locations.csv")}
        addresses = grouped(self.table("addresses.csv"), "location_id")
        access = grouped(self.table("accessibility.csv"), "location_id")
        phones = grouped(self.table("phones.csv"), "organization_id")
        identifiers = grouped(self.table("organization_identifiers.csv"), "organization_id")
        seats = grouped(locations.values(), "organization_id")
        for row in self.table("organizations.csv"):
            self.apply(
                f"organizace „{row.get('name', '?')}“",
                lambda row=row: ProviderState.from_rows(
                    row,
                    identifiers[row.get("id")],
                    phones[row.get("id")],
                    seats[row.get("id")],
                    addresses,
                ),
            )
        districts = Districts.load()
        service_phones = grouped(self.table("phones.csv"), "service_id")
        parts = {
            "phones": service_phones,
            "schedules": grouped(self.table("schedules.csv"), "service_id"),
            "languages": grouped(self.table("languages.csv"), "service_id"),
            "cost_options": grouped(self.table("cost_options.csv"), "service_id"),
            "attributes": grouped(self.table("attributes.csv"), "link_id"),
            "links": grouped(self.table("service_at_location.csv"), "service_id"),
            "service_areas": grouped(self.table("service_areas.csv"), "service_id"),
        }
        for row in self.table("services.csv"):
            service_id = row.get("id", "")
            self.apply(
                f"služba „{row.get('name', '?')}“",
                lambda row=row, service_id=service_id: ServiceState.from_rows(
                    row,
                    {name: rows[service_id] for name, rows in parts.items()},
                    locations,
                    addresses,
                    access,
                    self.terms,
                    districts,
                ),
            )
        return self.report

    def apply(self, what, build_state):
        """Build the page state from the rows and save it, all or nothing."""
        try:
            with transaction.atomic():
                outcome = build_state().save(self.index)
        except (ValidationError, ValueError, KeyError, InvalidOperation, LookupError) as problem:
            reason = "; ".join(getattr(problem, "messages", [str(problem)]))
            self.report.skipped.append((what, reason))
            self.log(f"Přeskočeno: {what}: {reason}")
            return
        self.report.count(outcome)

    def import_terms(self):
        for row in self.table("taxonomy_terms.csv"):
            kind = KINDS_BY_ID.get(ids.parse(row.get("taxonomy_id")) or "")
            term_id = ids.parse(row.get("id"))
            name = (row.get("name") or "").strip()
            if kind is None or term_id is None or not name:
                self.report.skipped.append(
                    (f"pojem „{name or '?'}“", "neznámá taxonomie, chybné id nebo prázdný název")
                )
                continue
            query = parse_qs(urlsplit(row.get("term_uri") or "").query)
            slug = (query.get(kind.param) or [make_slug(name)])[0][:80]
            term = kind.model.objects.filter(slug=slug).first()
            if term is None:
                extra = {}
                if kind.model is ServiceType:
                    extra = {"category": ServiceType.Category.RELATED, "registered": False}
                term = kind.model.objects.create(name=name, slug=slug, **extra)
            self.terms[term_id] = (kind, term)
            self.terms[ids.term_id(kind.key, term.slug)] = (kind, term)


def import_package(source, log=lambda message: None):
    report = Importer(read_tables(source), log).run()
    refresh_statistics()
    return report
