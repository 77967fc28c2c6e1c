"""Import providers and services from the national registry's open data (``rpss.json``).

The file (about 100 MB for the whole country) is streamed item by item with ijson, so memory
stays flat whatever its size. Each service is saved in one transaction together with its
provider: a broken record is rolled back, reported and skipped, and the run goes on.
What the registry owns and what stays the editors' is written down in ``matching.py``.
"""

import codecs
import gc
from datetime import date
from pathlib import Path

import ijson
from django.db import DatabaseError, transaction

from catalogue.importers.matching import Catalogue
from catalogue.importers.records import RecordError, ServiceEnded, read_provider, read_service
from catalogue.importers.report import SKIPPED, ImportFailure, ImportReport
from catalogue.models import ServicePage
from portal.search.indexing import refresh_statistics

OSTRAVA = "554821"
PROGRESS_EVERY = 1000
# Saved pages (with their revisions and cluster relations) form reference cycles that Python
# frees only at its rare full collections, which come later the more objects a long run has
# made; collecting now and then keeps the importer's memory flat whatever the file's size.
COLLECT_EVERY = 200
HEAD_SIZE = 64 * 1024


def import_registry(path, *, city=OSTRAVA, region=None, dry_run=False, progress=None, today=None):
    """Import the registry file at ``path``; return the ImportReport (never raises on bad
    input: a file that cannot be read is described in ``report.failure``)."""
    report = ImportReport(source=str(path), dry_run=dry_run)
    today = today or date.today()
    try:
        if dry_run:
            with transaction.atomic():
                _run(report, Path(path), city, region, progress, today)
                transaction.set_rollback(True)
        else:
            _run(report, Path(path), city, region, progress, today)
            refresh_statistics()  # the first import indexes thousands of services at once
    except ImportFailure as failure:
        report.failure = str(failure)
    return report


def _run(report, path, city, region, progress, today):
    catalogue = Catalogue(report)
    with open_registry(path, report) as stream:
        try:
            for item in ijson.items(stream, "polozky.item", use_float=True):
                report.read += 1
                _import_item(catalogue, report, item, city, region, today)
                if report.read % COLLECT_EVERY == 0:
                    gc.collect()
                if progress and report.read % PROGRESS_EVERY == 0:
                    progress(
                        f"Zpracováno {report.read} položek, mimo území {report.out_of_scope} …"
                    )
        except (ijson.JSONError, UnicodeDecodeError) as error:
            if isinstance(error, UnicodeDecodeError) or "UTF8" in str(error):
                raise ImportFailure(
                    f"Soubor není celý v kódování UTF-8 (chyba za položkou č. {report.read}); "
                    "uložte jej v UTF-8 a spusťte import znovu. Položky před tímto místem "
                    "byly zpracovány."
                ) from error
            raise ImportFailure(
                f"Soubor je poškozený nebo neúplný: neplatný JSON za položkou č. {report.read} "
                f"(podrobnosti: {error}). Položky před tímto místem byly zpracovány."
            ) from error
    if report.read == 0:
        raise ImportFailure(
            "Soubor neobsahuje žádné položky registru (očekáván objekt s polem „polozky“)."
        )


def _import_item(catalogue, report, item, city, region, today):
    identifier = str(item.get("identifikator") or "") if isinstance(item, dict) else ""
    try:
        record = read_service(item, city, region, today)
    except ServiceEnded as error:
        reason = str(error)
        if ServicePage.objects.filter(registry_id=identifier).exists():
            reason += "; v katalogu má stránku: zvažte zrušení jejího zveřejnění"
        report.skip("služba", identifier, "", reason)
        return
    except RecordError as error:
        report.skip("služba", identifier, "", str(error))
        _skip_provider_if_broken(report, item)
        return
    if record is None:
        report.out_of_scope += 1
        return
    try:
        with transaction.atomic():
            provider, provider_outcome = catalogue.provider(record.provider)
            outcome = catalogue.service(provider, record)
    except RecordError as error:
        report.skip("služba", record.identifier, record.name, str(error))
        return
    except (DatabaseError, ValueError, TypeError) as error:
        report.skip("služba", record.identifier, record.name, f"nelze uložit ({error})")
        return
    if provider_outcome:
        report.provider_done(record.provider.ico, provider_outcome)
    report.service_done(outcome)


def _skip_provider_if_broken(report, item):
    """Report a provider whose own data are wrong (e.g. a bad IČO) once, as skipped."""
    if not isinstance(item, dict) or not isinstance(item.get("poskytovatel"), dict):
        return
    try:
        read_provider(item)
    except RecordError as error:
        provider = item["poskytovatel"]
        key = f"{provider.get('ico')}|{provider.get('nazev')}"
        if key not in report.providers:
            report.skip("poskytovatel", str(provider.get("ico") or ""), "", str(error))
        report.provider_done(key, SKIPPED)


class open_registry:
    """Open the file as UTF-8 bytes for ijson, decoding a windows-1250 or UTF-16 file."""

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
        encoding = detect_encoding(head)
        if encoding == "utf-8-sig":
            self.file.read(len(codecs.BOM_UTF8))
            return self.file
        if encoding == "utf-8":
            return self.file
        self.report.notes.append(
            f"Soubor není v kódování UTF-8; byl přečten jako {encoding} a převeden."
        )
        return Recoded(self.file, encoding)

    def __exit__(self, *exc_info):
        self.file.close()


def detect_encoding(head):
    """utf-8(-sig), utf-16 (by its byte-order mark) or windows-1250 (the usual Czech 8-bit)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "windows-1250"
    return "utf-8"


class Recoded:
    """A binary file read in another encoding, handed out as UTF-8 bytes."""

    def __init__(self, file, encoding):
        self.file = file
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="strict")

    def read(self, size=-1):
        if size == 0:
            return b""
        while True:
            raw = self.file.read(size)
            text = self.decoder.decode(raw, final=not raw)
            if text or not raw:
                return text.encode("utf-8")
