"""A coordinator fills the catalogue from the national registry's open data."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision

from catalogue.importers import registry
from catalogue.importers.registry import import_registry
from catalogue.models import ProviderPage, ServicePage
from tests.importers.conftest import TODAY

STATUTORY_SURNAMES = ["Prokšová", "Střelec", "Kotrba", "Zábranská", "Vrchlický", "Dvořáčková"]


def run(path, **options):
    return import_registry(path, today=TODAY, **options)


def draft(identifier):
    """The latest (draft) state of the service with this registry identifier."""
    return ServicePage.objects.get(registry_id=identifier).get_latest_revision_as_object()


def everything_stored():
    """Every row of every table, as text (the revisions' JSON included)."""
    out = StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


def test_coordinator_imports_new_providers_and_services_as_drafts(catalogue, sample):
    report = run(sample)

    assert report.ok
    assert report.counts("providers") == {"created": 5, "updated": 0, "unchanged": 0, "skipped": 1}
    assert report.counts("services") == {"created": 7, "updated": 0, "unchanged": 0, "skipped": 3}
    assert report.out_of_scope == 2
    providers = ProviderPage.objects.child_of(catalogue)
    assert sorted(providers.values_list("ico", flat=True)) == sorted(
        ["27082440", "26849178", "70991634", "26601109", "44800037"]
    )
    for page in [*providers, *ServicePage.objects.all()]:
        assert not page.live
        assert page.latest_revision is not None
    lipa = ProviderPage.objects.get(ico="27082440")
    assert lipa.title == "Spolek Lípa pro seniory, z. s."
    assert lipa.legal_form == ProviderPage.LegalForm.ASSOCIATION
    assert lipa.website == "https://www.lipa-seniori.example.org"
    assert [phone.number for phone in lipa.phones.all()] == ["+420 599 100 200"]


def test_registry_codes_are_mapped_to_the_catalogue_taxonomy(catalogue, sample):
    run(sample)

    care = draft("1000001")
    assert care.title == "Pečovatelská služba Lípa"
    assert care.service_type.name == "pečovatelská služba"
    assert [form.name for form in care.forms.all()] == ["terénní"]
    assert sorted(group.name for group in care.target_groups.all()) == [
        "osoby žijící s demencí",
        "senioři",
    ]
    assert care.capacity == "40 klientů"
    (place,) = care.places.all()
    assert (place.street, place.postcode, place.city) == ("Dělnická 381/41", "708 00", "Ostrava")
    assert place.district.name == "Poruba"
    assert [(c.kind, c.value) for c in care.contacts.all()] == [
        ("telefon", "+420 599 100 201"),
        ("email", "pecovatelska@lipa-seniori.example.org"),
    ]
    assert draft("1000002").places.all()[0].district.name == "Ostrava-Jih"
    home = draft("1000005")
    assert home.open_nonstop and home.capacity == "120 lůžek"
    assert [p.name for p in home.places.all()] == ["Domov Na Stráni"]  # ended facility left out
    assert [p.city for p in draft("1000007").places.all()] == ["Ostrava"]  # Havířov left out


def test_unknown_codes_ended_services_and_bad_ico_are_reported(catalogue, sample):
    text = str(run(sample))

    assert "služba 1000006: služba byla ukončena 31. 12. 2024" in text
    assert "neznámý kód druhu služby DruhSocialniSluzby/99" in text
    assert "cílová skupina CilovaSkupinaOsoby/7 (1×)" in text
    assert "neplatné IČO poskytovatele „12345678“" in text
    assert not ServicePage.objects.filter(registry_id__in=["1000006", "1000008", "1000010"])
    assert not ProviderPage.objects.filter(title__startswith="Pomoc Nesprávná")


def test_secret_address_keeps_the_place_without_address(catalogue, sample):
    run(sample)

    (place,) = draft("1000003").places.all()
    assert place.address_secret
    assert (place.street, place.postcode, place.district, place.latitude) == ("", "", None, None)
    assert place.name == "Krizové lůžka Přístav"
    assert "Skrytá" not in everything_stored()


def test_statutory_bodies_are_never_stored(catalogue, sample):
    report = run(sample)

    stored = everything_stored() + str(report)
    for surname in STATUTORY_SURNAMES:
        assert surname not in stored


def test_second_import_changes_nothing(catalogue, sample):
    run(sample)
    pages, revisions = Page.objects.count(), Revision.objects.count()

    report = run(sample)

    assert report.counts("providers") == {"created": 0, "updated": 0, "unchanged": 5, "skipped": 1}
    assert report.counts("services") == {"created": 0, "updated": 0, "unchanged": 7, "skipped": 3}
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_update_changes_registry_fields_and_keeps_what_editors_wrote(catalogue, sample):
    run(sample)
    service = draft("1000001")
    service.description = "<p>Pomáháme seniorům doma.</p>"
    service.how_to_apply = "<p>Zavolejte nám.</p>"
    service.fee, service.fee_text = "placena", "135 Kč za hodinu."
    service.hours_note = "Víkendy po domluvě."
    service.contacts = [*service.contacts.all()][:1]
    place = service.places.all()[0]
    place.latitude, place.accessibility = "49.826000", "ano"
    service.places = [place]
    service.save_revision().publish()
    data = json.loads(sample.read_text(encoding="utf-8"))
    item = data["polozky"][0]
    item["formy"][0]["kapacity"][0]["pocet"] = 45
    item["formy"].append({"forma": {"id": "FormaSocialniSluzby/amb"}, "kapacity": []})
    item["zarizeni"][0]["adresa"]["cisloOrientacni"] = "43"
    sample.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    report = run(sample)

    assert report.counts("services")["updated"] == 1
    updated = draft("1000001")
    assert updated.capacity == "45 klientů"
    assert sorted(form.name for form in updated.forms.all()) == ["ambulantní", "terénní"]
    (place,) = updated.places.all()
    assert place.street == "Dělnická 381/43"
    assert str(place.latitude) == "49.826000" and place.accessibility == "ano"
    assert updated.description == "<p>Pomáháme seniorům doma.</p>"
    assert updated.how_to_apply == "<p>Zavolejte nám.</p>"
    assert (updated.fee_text, updated.hours_note) == ("135 Kč za hodinu.", "Víkendy po domluvě.")
    assert len(updated.contacts.all()) == 1
    live = ServicePage.objects.get(registry_id="1000001")
    assert live.capacity == "40 klientů"  # the change waits for the coordinator
    assert live.has_unpublished_changes
    assert run(sample).counts("services")["updated"] == 0


def test_address_that_becomes_secret_disappears_from_the_live_page(catalogue, sample):
    run(sample)
    ServicePage.objects.get(registry_id="1000004").save_revision().publish()
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["polozky"][3]["zarizeni"][0]["utajenaAdresa"] = True
    sample.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    run(sample)

    (place,) = ServicePage.objects.get(registry_id="1000004").places.all()
    assert place.address_secret and place.street == "" and place.district is None


def test_dry_run_changes_nothing_but_reports_the_same(catalogue, sample):
    pages, revisions = Page.objects.count(), Revision.objects.count()

    report = run(sample, dry_run=True)

    assert report.counts("services")["created"] == 7
    assert "Zkušební běh" in str(report)
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_region_and_city_filters_choose_the_territory(catalogue, sample):
    report = run(sample, city=None, region="132")
    assert report.counts("services")["created"] == 8  # Havířov too, Prague not
    assert draft("2000001").places.all()[0].city == ""  # only Ostrava's name is known
    assert [place.name for place in draft("1000007").places.all()] == [
        "Poradna Most Vítkovice",
        "Poradna Most Havířov",
    ]

    report = run(sample, city="555088")
    assert report.out_of_scope == 10
    assert report.counts("services") == {"created": 0, "updated": 1, "unchanged": 1, "skipped": 0}
    assert [place.name for place in draft("1000007").places.all()] == ["Poradna Most Havířov"]


def test_coordinator_runs_the_command_and_reads_the_summary(catalogue, sample):
    out, err = StringIO(), StringIO()

    call_command("import_registry", str(sample), "--dry-run", stdout=out, stderr=err)

    assert "Služby: vytvořeno (koncept) 7" in out.getvalue()
    assert not ServicePage.objects.exists()


def test_command_fails_with_czech_message_for_missing_file(catalogue, tmp_path):
    out = StringIO()
    with pytest.raises(CommandError, match="skončil chybou"):
        call_command("import_registry", str(tmp_path / "chybi.json"), stdout=out)
    assert "neexistuje" in out.getvalue()


def test_district_names_are_matched_when_spelled_differently(catalogue, sample):
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["polozky"][0]["zarizeni"][0]["adresa"]["mestskyObvodMestskaCast"] = {
        "id": "MestskyObvodMestskaCast/545988",
        "nazev": "Ostrava-PORUBA",
    }
    data["polozky"][1]["zarizeni"][0]["adresa"]["mestskyObvodMestskaCast"] = {
        "id": "MestskyObvodMestskaCast/1",
        "nazev": {"cs": "Horní Dolní"},
    }
    sample.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    report = run(sample)

    assert draft("1000001").places.all()[0].district.name == "Poruba"
    assert draft("1000002").places.all()[0].district is None
    assert "Horní Dolní (1×)" in str(report)


def test_service_ended_in_registry_is_flagged_for_the_coordinator(catalogue, sample):
    run(sample)
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["polozky"][0]["datumPoskytovaniDo"] = "2026-06-30"
    sample.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    report = run(sample)

    assert "služba 1000001: služba byla ukončena 30. 6. 2026; v katalogu má stránku" in str(report)
    assert ServicePage.objects.filter(registry_id="1000001").exists()


def test_long_import_reports_progress(catalogue, sample, monkeypatch):
    monkeypatch.setattr(registry, "PROGRESS_EVERY", 5)
    lines = []

    run(sample, progress=lines.append)

    assert lines == [
        "Zpracováno 5 položek, mimo území 0 …",
        "Zpracováno 10 položek, mimo území 0 …",
    ]
