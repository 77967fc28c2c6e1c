"""A coordinator fills in the coordinates of places from ČÚZK's RÚIAN address points.

The files are built here the way ČÚZK publishes them (see catalogue/importers/ruian-format.md):
Windows-1250, ``;``-separated, a header row, S-JTSK coordinates as positive Y and X.
"""

import json
import math
import time
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pyproj import Transformer
from wagtail.models import Revision

from catalogue.demo import taxonomy
from catalogue.importers.registry import import_registry
from catalogue.importers.ruian import import_ruian, sjtsk_to_wgs84
from catalogue.models import ServicePage, ServicePlace
from tests.catalogue import factories as f
from tests.importers.conftest import SAMPLE, TODAY

pytestmark = pytest.mark.django_db

HEADER = (
    "Kód ADM;Kód obce;Název obce;Kód MOMC;Název MOMC;Kód obvodu Prahy;Název obvodu Prahy;"
    "Kód části obce;Název části obce;Kód ulice;Název ulice;Typ SO;Číslo domovní;"
    "Číslo orientační;Znak čísla orientačního;PSČ;Souřadnice Y;Souřadnice X;Platí Od"
)
# Well-known buildings: their published WGS84 position and the S-JTSK Y, X of that position
# (computed with the inverse transformation and rounded to centimetres as ČÚZK writes them).
# What these check is that the importer reads ČÚZK's columns, order and signs correctly; the
# conversion itself is checked against EPSG's worked example below.
NEW_TOWN_HALL = {  # Nová radnice, Prokešovo náměstí 1803/8, Ostrava
    "code": "3204531",
    "wgs84": (49.8317, 18.2725),
    "sjtsk": ("471362.10", "1101927.63"),
}
OLD_TOWN_HALL = {  # Staroměstská radnice, Staroměstské náměstí 1/3, Praha
    "code": "21698821",
    "wgs84": (50.0870, 14.4208),
    "sjtsk": ("742848.86", "1043059.71"),
}


def ostrava_row(code, y, x, street="Prokešovo náměstí", number="1803", orientation="8"):
    return (
        f"{code};554821;Ostrava;500216;Moravská Ostrava a Přívoz;;;413551;Moravská Ostrava;"
        f"123456;{street};č.p.;{number};{orientation};;70200;{y};{x};2013-12-01T00:00:00"
    )


def write_csv(path, rows, encoding="cp1250", header=HEADER):
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode(encoding))
    return path


def metres_between(a, b):
    """Distance of two (latitude, longitude) points in metres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


def position(place):
    place.refresh_from_db()
    return float(place.latitude), float(place.longitude)


def run_command(path, *args):
    out = StringIO()
    call_command("import_ruian", str(path), *args, stdout=out)
    return out.getvalue()


def place_of(service, code="", **changes):
    """The service's place with its RÚIAN code and without coordinates."""
    place = service.places.get()
    ServicePlace.objects.filter(pk=place.pk).update(
        ruian_code=code, latitude=None, longitude=None, **changes
    )
    place.refresh_from_db()
    return place


@pytest.fixture
def places(home_page):
    index = f.catalogue_index(home_page)
    provider = f.provider(index, "Spolek Ukázka, z. s.", "spolek-ukazka")
    services = {
        name: f.service(provider, title, name)
        for name, title in [
            ("radnice", "Poradna na radnici"),
            ("praha", "Poradna v Praze"),
            ("jinde", "Služba v jiné obci"),
            ("bez-kodu", "Služba bez kódu"),
        ]
    }
    return {
        "radnice": place_of(services["radnice"], NEW_TOWN_HALL["code"]),
        "praha": place_of(services["praha"], OLD_TOWN_HALL["code"]),
        "jinde": place_of(services["jinde"], "99999999"),
        "bez-kodu": place_of(services["bez-kodu"]),
    }


@pytest.fixture
def ruian_file(tmp_path):
    return write_csv(
        tmp_path / "20261031_OB_554821_ADR.csv",
        [
            ostrava_row("3204502", "471300.00", "1101900.00", number="1802", orientation="6"),
            ostrava_row(NEW_TOWN_HALL["code"], *NEW_TOWN_HALL["sjtsk"]),
            ostrava_row(OLD_TOWN_HALL["code"], *OLD_TOWN_HALL["sjtsk"], street="Staroměstské"),
        ],
    )


def test_coordinator_fills_coordinates_of_places_by_their_address_code(places, ruian_file):
    output = run_command(ruian_file)

    assert metres_between(position(places["radnice"]), NEW_TOWN_HALL["wgs84"]) < 50
    assert metres_between(position(places["praha"]), OLD_TOWN_HALL["wgs84"]) < 50
    assert "Přečteno adresních míst: 3" in output
    assert "Místa s novými souřadnicemi: 2" in output
    assert "Místa, jejichž kód adresního místa v souboru není: 1" in output
    assert "Místa bez kódu adresního místa (souřadnice nedostanou, zadejte je ručně): 1" in output


def test_places_without_a_code_or_with_an_unknown_code_keep_no_coordinates(places, ruian_file):
    run_command(ruian_file)

    for name in ("jinde", "bez-kodu"):
        places[name].refresh_from_db()
        assert (places[name].latitude, places[name].longitude) == (None, None)


def test_a_second_run_changes_nothing(places, ruian_file):
    run_command(ruian_file)
    output = run_command(ruian_file)

    assert "Místa s novými souřadnicemi: 0" in output
    assert "Místa se souřadnicemi beze změny: 2" in output


def test_dry_run_saves_nothing(places, ruian_file):
    output = run_command(ruian_file, "--dry-run")

    assert "Zkušební běh: nic nebylo uloženo." in output
    assert "Místa s novými souřadnicemi: 2" in output
    places["radnice"].refresh_from_db()
    assert places["radnice"].latitude is None


def test_a_secret_place_never_gets_coordinates(places, ruian_file):
    ServicePlace.objects.filter(pk=places["radnice"].pk).update(address_secret=True)

    run_command(ruian_file)

    places["radnice"].refresh_from_db()
    assert places["radnice"].latitude is None


def test_conversion_matches_the_epsg_worked_example():
    """IOGP Guidance Note 7-2, Krovak: westing Y 568 990.997 m, southing X 1 050 538.63 m is
    50°12'32.442"N, 16°50'59.179"E on S-JTSK's Bessel ellipsoid."""
    bessel = (50 + 12 / 60 + 32.442 / 3600, 16 + 50 / 60 + 59.179 / 3600)
    projection = Transformer.from_crs("EPSG:5514", "EPSG:4156", always_xy=True)
    longitude, latitude = projection.transform(-568990.997, -1050538.63)  # ČÚZK's, negated
    assert metres_between((latitude, longitude), bessel) < 0.05

    wgs84 = sjtsk_to_wgs84(568990.997, 1050538.63)
    assert 50 < metres_between(wgs84, bessel) < 150  # only the datum shift (about 100 m)


def test_a_real_ruian_row_lands_in_its_village(tmp_path):
    """A row of Trojanovice (near Frenštát pod Radhoštěm, about 49.52 N, 18.24 E), as quoted
    from ČÚZK's file by a public parser."""
    latitude, longitude = sjtsk_to_wgs84(479862.17, 1133960.17)

    assert metres_between((latitude, longitude), (49.52, 18.24)) < 5000


def test_values_already_negative_are_taken_as_meant():
    assert sjtsk_to_wgs84(-471362.10, -1101927.63) == sjtsk_to_wgs84(471362.10, 1101927.63)


def test_a_point_outside_the_czech_republic_is_rejected_with_a_message(places, tmp_path):
    path = write_csv(
        tmp_path / "zle.csv",
        [ostrava_row(NEW_TOWN_HALL["code"], "400000.00", "1300000.00")],  # in Slovakia
    )

    output = run_command(path)

    assert "Adresní místa mimo území České republiky (odmítnuta): 1" in output
    assert f"řádek 2: adresní místo {NEW_TOWN_HALL['code']} vychází mimo Česko" in output
    places["radnice"].refresh_from_db()
    assert places["radnice"].latitude is None


def test_decimal_commas_and_points_without_coordinates_are_handled(places, tmp_path):
    y, x = (value.replace(".", ",") for value in NEW_TOWN_HALL["sjtsk"])
    path = write_csv(
        tmp_path / "carky.csv",
        [ostrava_row(NEW_TOWN_HALL["code"], y, x), ostrava_row(OLD_TOWN_HALL["code"], "", "")],
    )

    output = run_command(path)

    assert metres_between(position(places["radnice"]), NEW_TOWN_HALL["wgs84"]) < 50
    assert "Adresní místa bez souřadnic v RÚIAN: 1" in output


def test_a_file_in_utf8_is_read_and_the_coordinator_told(places, tmp_path):
    path = write_csv(
        tmp_path / "utf8.csv",
        [ostrava_row(NEW_TOWN_HALL["code"], *NEW_TOWN_HALL["sjtsk"])],
        "utf-8",
    )

    output = run_command(path)

    assert "Soubor je v kódování UTF-8 (ne Windows-1250); přečten tak." in output
    assert places["radnice"].ruian_code and position(places["radnice"])


def broken_files(tmp_path):
    good = ostrava_row(NEW_TOWN_HALL["code"], *NEW_TOWN_HALL["sjtsk"])
    return {
        "prázdný": (tmp_path / "prazdny.csv", b"", "je prázdný"),
        "jen hlavička": (
            tmp_path / "hlavicka.csv",
            (HEADER + "\r\n").encode("cp1250"),
            "neobsahuje žádná adresní místa",
        ),
        "chybí sloupce": (
            tmp_path / "sloupce.csv",
            ("Kód ADM;Název obce;Souřadnice Y\r\n" + good + "\r\n").encode("cp1250"),
            "V hlavičce souboru chybí sloupce „Souřadnice X“",
        ),
        "UTF-16": (
            tmp_path / "utf16.csv",
            (HEADER + "\r\n" + good + "\r\n").encode("utf-16"),
            "není text v kódování Windows-1250",
        ),
        # the matching row comes first: the broken byte later must still leave nothing written
        "poškozené kódování": (
            tmp_path / "poskozeny.csv",
            (HEADER + "\r\n" + good + "\r\n").encode("cp1250") + b"3204600;554821;Ostr\x98va\r\n",
            "není celý v kódování Windows-1250 (chyba na řádku 3)",
        ),
        "neexistuje": (tmp_path / "nic" / "nic.csv", None, "neexistuje"),
    }


@pytest.mark.parametrize(
    "case",
    ["prázdný", "jen hlavička", "chybí sloupce", "UTF-16", "poškozené kódování", "neexistuje"],
)
def test_bad_file_gets_a_czech_error_and_nothing_is_written(places, tmp_path, case):
    path, content, message = broken_files(tmp_path)[case]
    if content is not None:
        path.write_bytes(content)
    out = StringIO()

    with pytest.raises(CommandError, match="Import souřadnic z RÚIAN skončil chybou"):
        call_command("import_ruian", str(path), stdout=out)

    assert message in out.getvalue()
    assert "Nic nebylo uloženo." in out.getvalue()
    assert not ServicePlace.objects.filter(latitude__isnull=False).exists()


def test_a_short_row_is_reported_and_the_rest_imported(places, tmp_path):
    path = write_csv(
        tmp_path / "kratky.csv",
        ["3204600;554821;Ostrava", ostrava_row(NEW_TOWN_HALL["code"], *NEW_TOWN_HALL["sjtsk"])],
    )

    output = run_command(path)

    assert "řádek 2: chybí sloupce (řádek je neúplný)" in output
    assert position(places["radnice"])


def test_a_city_sized_file_is_streamed_quickly(places, tmp_path):
    """60 000 rows (Ostrava's size): only the rows of codes the catalogue uses are converted."""
    rows = (
        ostrava_row(str(4_000_000 + n), f"{470000 + n % 900}.25", f"{1100000 + n // 900}.50")
        for n in range(60_000)
    )
    path = write_csv(
        tmp_path / "velky.csv",
        [*rows, ostrava_row(NEW_TOWN_HALL["code"], *NEW_TOWN_HALL["sjtsk"])],
    )

    started = time.perf_counter()
    report = import_ruian(path)
    elapsed = time.perf_counter() - started

    assert report.ok and report.rows == 60_001 and report.updated == 1
    assert elapsed < 20, f"{elapsed:.1f} s"


def test_registry_import_stores_the_address_code_and_ruian_fills_the_draft(home_page, tmp_path):
    taxonomy.load(home_page, lambda message: None)
    f.catalogue_index(home_page)
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    secret = next(
        facility
        for item in data["polozky"]
        for facility in item.get("zarizeni", [])
        if facility.get("utajenaAdresa") is True
    )
    secret["adresa"]["kodAdresnihoMista"] = 7654321  # a secret place's code is never stored
    registry_file = tmp_path / "rpss.json"
    registry_file.write_text(json.dumps(data), encoding="utf-8")
    assert import_registry(registry_file, today=TODAY).ok
    service = ServicePage.objects.get(registry_id="1000001")
    assert [p.ruian_code for p in service.places.all()] == ["12345671"]
    assert not ServicePlace.objects.filter(ruian_code="7654321").exists()
    assert "7654321" not in json.dumps([r.content for r in Revision.objects.all()])

    path = write_csv(tmp_path / "ostrava.csv", [ostrava_row("12345671", "469000.00", "1100000.00")])
    output = run_command(path)

    assert "Koncepty stránek doplněné o souřadnice: 1" in output
    (live_place,) = service.places.all()
    (draft_place,) = service.get_latest_revision_as_object().places.all()
    expected = tuple(Decimal(f"{value:.6f}") for value in sjtsk_to_wgs84(469000, 1100000))
    assert (live_place.latitude, live_place.longitude) == expected
    assert (draft_place.latitude, draft_place.longitude) == expected
    service.get_latest_revision().publish()
    (published,) = ServicePage.objects.get(pk=service.pk).places.all()
    assert (published.latitude, published.longitude) == expected
