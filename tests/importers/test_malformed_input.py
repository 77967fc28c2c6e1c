"""Whatever file the coordinator gives the importer, they get a Czech report, not a traceback."""

import json

import pytest
from django.db import DatabaseError

from catalogue.importers.matching import Catalogue
from catalogue.importers.registry import import_registry
from catalogue.models import ProviderPage, ServicePage
from tests.importers.conftest import SAMPLE, TODAY


def run(path):
    return import_registry(path, today=TODAY)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "je prázdný"),
        (b"   \n", "je prázdný"),
        (b'{"polozky": [{"identifikator": ', "poškozený nebo neúplný"),
        (b"to neni json", "poškozený nebo neúplný"),
        (b'{"data": []}', "neobsahuje žádné položky"),
        (b"[1, 2, 3]", "neobsahuje žádné položky"),
    ],
)
def test_unreadable_file_is_described_in_czech(catalogue, tmp_path, content, message):
    path = tmp_path / "rpss.json"
    path.write_bytes(content)

    report = run(path)

    assert not report.ok
    assert message in report.failure
    assert "CHYBA:" in str(report)


def test_missing_file_is_reported(catalogue, tmp_path):
    report = run(tmp_path / "neni.json")

    assert "neexistuje" in report.failure


def test_truncated_file_keeps_the_complete_records_before_the_break(catalogue, tmp_path):
    text = SAMPLE.read_bytes()
    path = tmp_path / "rpss.json"
    path.write_bytes(text[: text.index(b'"identifikator": "1000003"')])

    report = run(path)

    assert "poškozený nebo neúplný" in report.failure
    assert sorted(ServicePage.objects.values_list("registry_id", flat=True)) == [
        "1000001",
        "1000002",
    ]


def test_windows_1250_file_is_decoded_and_noted(catalogue, tmp_path):
    path = tmp_path / "rpss.json"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1250"))

    report = run(path)

    assert report.ok
    assert "windows-1250" in str(report)
    assert report.counts("services")["created"] == 7
    assert ProviderPage.objects.get(ico="27082440").title == "Spolek Lípa pro seniory, z. s."


def test_utf8_file_with_byte_order_mark_is_read(catalogue, tmp_path):
    path = tmp_path / "rpss.json"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes())

    assert run(path).counts("services")["created"] == 7


def test_broken_records_are_skipped_with_reasons_and_the_rest_imported(catalogue, tmp_path):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    good = data["polozky"][0]
    no_identifier = dict(good, identifikator=None)
    no_provider = dict(good, identifikator="3000001", poskytovatel=None)
    bad_date = dict(good, identifikator="3000002", datumPoskytovaniDo="31. 12. 2024")
    wrong_shapes = dict(good, identifikator="3000003", formy="pob", ciloveSkupiny={"x": 1})
    nameless = dict(good, identifikator="3000004", poskytovatel={"ico": "27082440"})
    data["polozky"] = [42, no_identifier, no_provider, bad_date, wrong_shapes, nameless, good]
    path = tmp_path / "rpss.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    report = run(path)
    text = str(report)

    assert report.ok
    assert "položka není objekt JSON" in text
    assert "chybí identifikátor služby" in text
    assert "chybí údaje o poskytovateli" in text
    assert "neplatné datum „31. 12. 2024“" in text
    assert "chybí název poskytovatele" in text
    assert sorted(ServicePage.objects.values_list("registry_id", flat=True)) == [
        "1000001",
        "3000003",
    ]
    assert draft_capacity("3000003") == ""


def draft_capacity(identifier):
    return ServicePage.objects.get(registry_id=identifier).get_latest_revision_as_object().capacity


def test_record_that_fails_to_save_leaves_nothing_half_imported(catalogue, monkeypatch):
    original = Catalogue.service

    def failing(self, provider, record):
        if record.identifier == "1000009":
            raise DatabaseError("disk full")
        return original(self, provider, record)

    monkeypatch.setattr(Catalogue, "service", failing)

    report = run(SAMPLE)

    assert "služba 1000009 „Sociální rehabilitace Vlna“: nelze uložit (disk full)" in str(report)
    assert not ProviderPage.objects.filter(ico="44800037").exists()
    assert report.counts("services")["created"] == 6


def test_overlong_values_are_shortened_to_fit(catalogue, tmp_path):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    item = data["polozky"][0]
    item["identifikator"] = "1" * 40
    item["zarizeni"][0]["adresa"]["psc"] = "7"
    item["poskytovatel"] = dict(item["poskytovatel"], nazev="X" * 400)
    data["polozky"] = [item]
    path = tmp_path / "rpss.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    report = run(path)

    assert report.counts("services")["created"] == 1
    service = ServicePage.objects.get(registry_id="1" * 16)
    assert service.places.first().postcode == ""
    assert service.get_parent().title == "X" * 255


def test_file_mixing_encodings_after_the_start_is_reported(catalogue, tmp_path):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["polozky"] = [data["polozky"][0]] * 60 + [data["polozky"][8]]
    text = json.dumps(data, ensure_ascii=False, indent=1)
    head, tail = text.split('"identifikator": "1000009"')
    path = tmp_path / "rpss.json"
    path.write_bytes(head.encode("utf-8") + b'"identifikator": "1000009"' + tail.encode("cp1250"))

    report = run(path)

    assert "není celý v kódování UTF-8" in report.failure
    assert ServicePage.objects.filter(registry_id="1000001").exists()
