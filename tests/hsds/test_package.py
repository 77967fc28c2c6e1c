"""A data user exports the catalogue as an HSDS package; another portal imports it back."""

import csv
import json
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from catalogue.models import PlanningArea, ProviderPage, ServiceForm, ServicePage, TargetGroup

pytestmark = pytest.mark.django_db

OFFICIAL = json.loads(
    (
        __import__("pathlib").Path(__file__).resolve().parents[2]
        / "catalogue"
        / "hsds"
        / "hsds-datapackage.json"
    ).read_text(encoding="utf-8")
)
# Ids derived from database keys of places (see catalogue/hsds/ids.py) change on re-creation.
PLACE_KEYED = {"id", "location_id", "service_at_location_id"}
VOLATILE = {"last_modified"}


def rows(directory, name):
    with open(directory / name, encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def comparable(directory, name, drop=()):
    return sorted(
        tuple(sorted((k, v) for k, v in row.items() if k not in drop))
        for row in rows(directory, name)
    )


def empty_the_catalogue():
    for provider in ProviderPage.objects.all():
        provider.delete()
    for model in (TargetGroup, ServiceForm, PlanningArea):
        model.objects.all().delete()


def test_export_writes_every_table_and_the_official_datapackage(sample, tmp_path):
    call_command("export_hsds", str(tmp_path / "balicek"), stdout=open("/dev/null", "w"))
    package = json.loads((tmp_path / "balicek" / "datapackage.json").read_text(encoding="utf-8"))
    assert package == OFFICIAL
    for resource in OFFICIAL["resources"]:
        header = rows(tmp_path / "balicek", resource["path"])
        columns = [f["name"] for f in resource["schema"]["fields"]]
        with open(tmp_path / "balicek" / resource["path"], encoding="utf-8") as table:
            assert next(csv.reader(table)) == columns
        assert isinstance(header, list)
    services = rows(tmp_path / "balicek", "services.csv")
    assert len(services) == 5
    assert "Tajná" not in (tmp_path / "balicek" / "addresses.csv").read_text(encoding="utf-8")
    identifiers = rows(tmp_path / "balicek", "organization_identifiers.csv")
    assert {row["identifier_type"] for row in identifiers} == {"IČO"}


def test_export_to_zip_and_import_into_an_empty_catalogue_round_trips(sample, tmp_path):
    out = open("/dev/null", "w")
    call_command("export_hsds", str(tmp_path / "katalog.zip"), stdout=out)
    call_command("export_hsds", str(tmp_path / "before"), stdout=out)
    with zipfile.ZipFile(tmp_path / "katalog.zip") as archive:
        assert "datapackage.json" in archive.namelist()
        assert "services.csv" in archive.namelist()
    empty_the_catalogue()
    assert not ServicePage.objects.exists()

    call_command("import_hsds", str(tmp_path / "katalog.zip"), stdout=out)
    call_command("export_hsds", str(tmp_path / "after"), stdout=out)
    assert ServicePage.objects.live().count() == 5
    for name in ("organizations.csv", "organization_identifiers.csv", "taxonomies.csv"):
        assert comparable(tmp_path / "before", name) == comparable(tmp_path / "after", name)
    for name in (
        "services.csv",
        "attributes.csv",
        "phones.csv",
        "schedules.csv",
        "languages.csv",
        "cost_options.csv",
        "taxonomy_terms.csv",
    ):
        assert comparable(tmp_path / "before", name, VOLATILE) == comparable(
            tmp_path / "after", name, VOLATILE
        ), name
    for name in ("locations.csv", "addresses.csv", "service_at_location.csv"):
        assert comparable(tmp_path / "before", name, PLACE_KEYED) == comparable(
            tmp_path / "after", name, PLACE_KEYED
        ), name


def test_a_second_import_changes_nothing(sample, tmp_path, capsys):
    call_command("export_hsds", str(tmp_path / "p"))
    call_command("import_hsds", str(tmp_path / "p"))
    revisions = sum(page.revisions.count() for page in ServicePage.objects.all())
    call_command("import_hsds", str(tmp_path / "p"))
    output = capsys.readouterr().out
    assert "vytvořeno 0, změněno 0, beze změny 7, přeskočeno 0" in output
    assert sum(page.revisions.count() for page in ServicePage.objects.all()) == revisions


def test_a_broken_row_is_reported_and_skipped(sample, tmp_path, capsys):
    call_command("export_hsds", str(tmp_path / "p"))
    services = rows(tmp_path / "p", "services.csv")
    services[0]["id"] = "rozbité-id"
    services[1]["organization_id"] = "00000000-0000-0000-0000-000000000000"
    with open(tmp_path / "p" / "services.csv", "w", encoding="utf-8", newline="") as table:
        writer = csv.DictWriter(table, fieldnames=list(services[0]))
        writer.writeheader()
        writer.writerows(services)
    empty_the_catalogue()
    call_command("import_hsds", str(tmp_path / "p"))
    output = capsys.readouterr().out
    assert "přeskočeno 2" in output
    assert "nemá platné id" in output
    assert ServicePage.objects.count() == 3


def test_an_unreadable_package_gives_a_clear_message(sample, tmp_path):
    (tmp_path / "nic.zip").write_bytes(b"tohle neni zip")
    with pytest.raises(CommandError, match="není složka ani soubor ZIP"):
        call_command("import_hsds", str(tmp_path / "nic.zip"))
