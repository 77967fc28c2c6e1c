"""Coordinates of the catalogue's places from ČÚZK's RÚIAN address points.

ČÚZK publishes every address point of a municipality in one CSV (the layout and its traps are
described in ``ruian-format.md`` beside this module). A place imported from the registry of
providers carries the code of its address point (``ServicePlace.ruian_code``); this importer
looks the codes up in such a file and writes the point's position, converted from S-JTSK to
WGS84, into the place's latitude and longitude.

The file is streamed row by row and only the rows of codes the catalogue uses are converted,
so memory grows with the catalogue, not with the file (a city's file has tens of thousands
of rows).
Everything is written in one transaction at the end: a file that turns out to be broken
halfway changes nothing. Secret places are never touched, and a place without a code keeps
no coordinates unless an editor enters them.
"""

import codecs
import csv
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.db import transaction
from pyproj import Transformer
from pyproj.aoi import AreaOfInterest

from catalogue.importers.report import ImportFailure
from catalogue.models import ServicePage, ServicePlace
from catalogue.search.sources import index_services_at

CODE, EASTING, NORTHING = "Kód ADM", "Souřadnice Y", "Souřadnice X"
REQUIRED_COLUMNS = (CODE, EASTING, NORTHING)
# The Czech Republic's bounding box in WGS84 degrees: anything outside is a wrong conversion.
SOUTH, NORTH, WEST, EAST = 48.55, 51.06, 12.09, 18.86
HEAD_SIZE = 64 * 1024
ENCODING_NAMES = {"cp1250": "Windows-1250", "utf-8": "UTF-8", "utf-8-sig": "UTF-8"}
MAX_LISTED = 20


class OutsideCzechia(ValueError):
    """A converted point lies outside the Czech Republic."""


@cache
def _transformer():
    """S-JTSK / Krovak East North (EPSG:5514) to WGS84, longitude first.

    The area of interest makes PROJ choose the transformation published for the whole Czech
    Republic (a Helmert shift from the Bessel ellipsoid, accurate to about a metre)."""
    return Transformer.from_crs(
        "EPSG:5514",
        "EPSG:4326",
        always_xy=True,
        area_of_interest=AreaOfInterest(WEST, SOUTH, EAST, NORTH),
    )


def sjtsk_to_wgs84(y, x):
    """(latitude, longitude) of a point given as ČÚZK writes it: Y (westing) and X (southing),
    both positive metres. EPSG:5514 counts east and north, so both are negated first (a value
    already negative is taken as meant). Raises OutsideCzechia for a point outside the
    country."""
    longitude, latitude = _transformer().transform(-abs(y), -abs(x))
    if not (SOUTH <= latitude <= NORTH and WEST <= longitude <= EAST):
        raise OutsideCzechia(f"{latitude:.5f} N, {longitude:.5f} E")
    return latitude, longitude


def degrees(value):
    """Degrees as the places store them (six decimals, about 0.1 m)."""
    return Decimal(f"{value:.6f}")


@dataclass
class RuianReport:
    """What one run did, for the coordinator (``str()`` is the Czech summary)."""

    source: str
    dry_run: bool = False
    rows: int = 0
    updated: int = 0
    unchanged: int = 0
    drafts_updated: int = 0
    not_found: int = 0
    without_code: int = 0
    without_position: list = field(default_factory=list)  # codes whose point has no position
    outside: list = field(default_factory=list)  # (line, code, where it would be)
    malformed: list = field(default_factory=list)  # (line, reason)
    notes: list = field(default_factory=list)
    failure: str = ""

    @property
    def ok(self):
        return not self.failure

    def __str__(self):
        lines = [f"Import souřadnic z RÚIAN: {self.source}"]
        if self.dry_run:
            lines.append("Zkušební běh: nic nebylo uloženo.")
        lines += self.notes
        if self.failure:
            lines.append(f"CHYBA: {self.failure}")
            lines.append("Nic nebylo uloženo.")
            return "\n".join(lines)
        lines += [
            f"Přečteno adresních míst: {self.rows}",
            f"Místa s novými souřadnicemi: {self.updated}",
            f"Místa se souřadnicemi beze změny: {self.unchanged}",
            f"Koncepty stránek doplněné o souřadnice: {self.drafts_updated}",
            f"Místa, jejichž kód adresního místa v souboru není: {self.not_found}",
            f"Adresní místa mimo území České republiky (odmítnuta): {len(self.outside)}",
            f"Adresní místa bez souřadnic v RÚIAN: {len(self.without_position)}",
            f"Chybné řádky: {len(self.malformed)}",
            f"Místa bez kódu adresního místa (souřadnice nedostanou, zadejte je ručně): "
            f"{self.without_code}",
        ]
        for line, code, where in self.outside[:MAX_LISTED]:
            lines.append(f"  řádek {line}: adresní místo {code} vychází mimo Česko ({where})")
        for line, reason in self.malformed[:MAX_LISTED]:
            lines.append(f"  řádek {line}: {reason}")
        if self.not_found:
            lines.append(
                "Soubor RÚIAN pokrývá jen jednu obec: místa v jiných obcích doplní soubor té obce."
            )
        return "\n".join(lines)


def import_ruian(path, *, dry_run=False):
    """Fill the coordinates of places from the RÚIAN file at ``path``; return the report
    (never raises on bad input: the reason is in ``report.failure`` and nothing is saved)."""
    report = RuianReport(source=str(path), dry_run=dry_run)
    try:
        places = Places()
        positions = read_positions(Path(path), places.codes(), report)
        with transaction.atomic():
            places.update(positions, report)
            if dry_run:
                transaction.set_rollback(True)
    except ImportFailure as failure:
        report.failure = str(failure)
    return report


class Places:
    """The places that can get coordinates: public places with a code, on live pages and in
    the latest drafts (a draft published later would otherwise bring back empty ones)."""

    def __init__(self):
        self.rows = list(
            ServicePlace.objects.filter(address_secret=False)
            .exclude(ruian_code="")
            .only("pk", "ruian_code", "latitude", "longitude")
        )
        self.drafts = list(
            ServicePage.objects.filter(has_unpublished_changes=True)
            .select_related("latest_revision")
            .only("pk", "latest_revision")
        )

    def codes(self):
        codes = {place.ruian_code for place in self.rows}
        for page in self.drafts:
            codes |= {code for code, _place in self._draft_places(page.latest_revision)}
        return codes

    @staticmethod
    def _draft_places(revision):
        places = revision.content.get("places", []) if revision else []
        return [
            (str(place.get("ruian_code") or ""), place)
            for place in places
            if isinstance(place, dict)
            and place.get("ruian_code")
            and not place.get("address_secret")
        ]

    def update(self, positions, report):
        report.without_code = ServicePlace.objects.filter(
            address_secret=False, ruian_code=""
        ).count()
        changed = []
        for place in self.rows:
            position = positions.get(place.ruian_code)
            if position is None:
                report.not_found += 1
            elif (place.latitude, place.longitude) == position:
                report.unchanged += 1
            else:
                place.latitude, place.longitude = position
                changed.append(place)
        ServicePlace.objects.bulk_update(changed, ["latitude", "longitude"], batch_size=500)
        index_services_at([place.pk for place in changed])
        report.updated = len(changed)
        for page in self.drafts:
            if self._update_draft(page.latest_revision, positions):
                report.drafts_updated += 1

    def _update_draft(self, revision, positions):
        changed = False
        for code, place in self._draft_places(revision):
            position = positions.get(code)
            if position is None:
                continue
            latitude, longitude = (str(value) for value in position)
            if (str(place.get("latitude")), str(place.get("longitude"))) != (latitude, longitude):
                place["latitude"], place["longitude"] = latitude, longitude
                changed = True
        if changed:
            revision.save(update_fields=["content"])
        return changed


def read_positions(path, wanted, report):
    """{code: (latitude, longitude)} of the address points in the file whose code is in
    ``wanted``; rows are counted and problems noted in ``report``."""
    positions = {}
    with open_csv(path, report) as rows:
        columns = header_columns(next(rows, None))
        needed = max(columns.values()) + 1
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            report.rows += 1
            if len(row) < needed:
                report.malformed.append((rows.line_num, "chybí sloupce (řádek je neúplný)"))
                continue
            code = row[columns[CODE]].strip()
            if code not in wanted:
                continue
            position = _position(row, columns, code, rows.line_num, report)
            if position is not None:
                positions[code] = position
    if report.rows == 0:
        raise ImportFailure("Soubor neobsahuje žádná adresní místa, jen hlavičku.")
    return positions


def _position(row, columns, code, line, report):
    y, x = row[columns[EASTING]].strip(), row[columns[NORTHING]].strip()
    if not y and not x:
        report.without_position.append(code)
        return None
    try:
        latitude, longitude = sjtsk_to_wgs84(float(y.replace(",", ".")), float(x.replace(",", ".")))
    except OutsideCzechia as where:
        report.outside.append((line, code, str(where)))
        return None
    except ValueError:
        report.malformed.append((line, f"souřadnice „{y[:20]}; {x[:20]}“ nejsou čísla"))
        return None
    return degrees(latitude), degrees(longitude)


def header_columns(header):
    """{column name: index} of the columns the importer needs; a failure names the missing."""
    if header is None:
        raise ImportFailure("Soubor je prázdný.")
    names = {name.strip().lstrip("\ufeff").casefold(): index for index, name in enumerate(header)}
    missing = [name for name in REQUIRED_COLUMNS if name.casefold() not in names]
    if missing:
        found = "; ".join(header)[:200]
        raise ImportFailure(
            f"V hlavičce souboru chybí sloupce {', '.join(f'„{name}“' for name in missing)}. "
            "Očekáván soubor adresních míst obce z RÚIAN (ČÚZK, oddělovač středník); "
            f"hlavička souboru je: {found}"
        )
    return {name: names[name.casefold()] for name in REQUIRED_COLUMNS}


class open_csv:
    """The file's rows (lists of cells), decoded from Windows-1250 as ČÚZK publishes it."""

    def __init__(self, path, report):
        self.path, self.report = path, report

    def __enter__(self):
        if not self.path.is_file():
            raise ImportFailure(f"Soubor {self.path} neexistuje nebo to není soubor.")
        try:
            self.file = self.path.open("rb")
            head = self.file.read(HEAD_SIZE)
        except OSError as error:
            raise ImportFailure(f"Soubor {self.path} nelze přečíst ({error.strerror}).") from error
        self.file.seek(0)
        if not head.strip():
            self.file.close()
            raise ImportFailure(f"Soubor {self.path} je prázdný.")
        lines = decoded_lines(self.file, self._encoding(head))
        return Rows(csv.reader(lines, delimiter=";"))

    def _encoding(self, head):
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
            self.file.close()
            raise ImportFailure(
                "Soubor není text v kódování Windows-1250 (vypadá jako UTF-16 nebo binární "
                "soubor). Použijte CSV adresních míst tak, jak jej vydává ČÚZK."
            )
        if head.startswith(codecs.BOM_UTF8):
            self.report.notes.append("Soubor je v kódování UTF-8 (ne Windows-1250); přečten tak.")
            return "utf-8-sig"
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        except UnicodeDecodeError:
            return "cp1250"
        if not head.isascii():
            self.report.notes.append("Soubor je v kódování UTF-8 (ne Windows-1250); přečten tak.")
            return "utf-8"
        return "cp1250"

    def __exit__(self, *exc_info):
        self.file.close()


def decoded_lines(file, encoding):
    """The file's lines as text; a line that cannot be decoded is a failure naming it."""
    for number, line in enumerate(file, 1):
        try:
            yield line.decode(encoding)
        except UnicodeDecodeError as error:
            raise ImportFailure(
                f"Soubor není celý v kódování {ENCODING_NAMES[encoding]} (chyba na řádku "
                f"{number}); "
                "je poškozený nebo v jiném kódování."
            ) from error


class Rows:
    """CSV rows whose parsing errors become Czech failures with a line number."""

    def __init__(self, reader):
        self.reader = reader

    @property
    def line_num(self):
        return self.reader.line_num

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self.reader)
        except csv.Error as error:
            raise ImportFailure(
                f"Soubor nelze přečíst jako CSV (řádek {self.line_num}: {error})."
            ) from error
