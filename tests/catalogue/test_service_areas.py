"""Outreach and telephone services help in an area: the whole city or chosen districts."""

import csv
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from jsonschema import Draft202012Validator, FormatChecker
from wagtail.test.utils.form_data import querydict_from_html

from catalogue.hsds import ids
from catalogue.hsds.export import export_package
from catalogue.hsds.openapi import OFFICIAL
from catalogue.models import District, ProviderPage, ServicePage, ServicePlace
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


@pytest.fixture
def areas(sample):
    """Next to the sample (places in Vítkovice and Poruba): a crisis line answering the whole
    city and street work in two districts, both based in Vítkovice."""
    jih = District.objects.create(name="Ostrava-Jih")
    svinov = District.objects.create(name="Svinov")
    poruba = District.objects.get(name="Poruba")
    outreach = f.ServiceFormFactory(name="terénní")
    line = f.service(
        sample["charity"],
        "Linka důvěry Ostrava",
        "linka-duvery",
        forms=[outreach],
        area_whole_city=True,
    )
    street_work = f.service(
        sample["charity"],
        "Terénní program Jih a Poruba",
        "terenni-program",
        forms=[outreach],
        area_districts=[poruba, jih],
    )
    return {**sample, "line": line, "street_work": street_work, "jih": jih, "svinov": svinov}


def test_district_filter_finds_the_city_wide_and_the_district_outreach_services(client, areas):
    found = titles(client.get("/katalog/", {"obvod": "poruba"}))

    assert "Linka důvěry Ostrava" in found  # the whole city
    assert "Terénní program Jih a Poruba" in found  # Poruba is in its area
    assert "Azylový dům Poruba" in found  # a place in Poruba, as before
    assert "Azylový dům pro muže" not in found  # only in Vítkovice, no area


def test_a_district_outside_the_area_does_not_list_the_district_service(client, areas):
    found = titles(client.get("/katalog/", {"obvod": "svinov"}))

    assert found == ["Linka důvěry Ostrava"]


def test_district_facet_counts_include_the_areas(client, areas):
    response = client.get("/katalog/")

    count = re.search(
        r'for="filtr-obvod-ostrava-jih">Ostrava-Jih <span class="facet__count">\((\d+)\)',
        response.text,
    )
    assert count and count.group(1) == "2"  # the line and the street work


def test_area_label_says_where_the_service_helps(areas):
    assert areas["line"].area_label == "celé město Ostrava"
    assert areas["street_work"].area_label == "Ostrava-Jih, Poruba"
    assert areas["shelter"].area_label == ""


def test_result_card_and_service_page_show_the_area(client, areas):
    listing = client.get("/katalog/", {"q": "terénní program"})
    page = client.get(areas["line"].url)

    assert "<dt>Působí</dt><dd>Ostrava-Jih, Poruba</dd>" in listing.text
    assert "<strong>Působí:</strong> celé město Ostrava" in page.text


def test_catalogue_listing_stays_bounded_with_areas(client, areas, django_assert_max_num_queries):
    client.get("/katalog/")  # warm the caches
    with django_assert_max_num_queries(30):
        response = client.get("/katalog/")
    assert "Ostrava-Jih, Poruba" in response.text


def service_validator():
    schemas = json.loads(OFFICIAL.read_text(encoding="utf-8"))["components"]["schemas"]
    return Draft202012Validator(schemas["service"], format_checker=FormatChecker())


def test_hsds_service_gives_its_service_areas(client, areas):
    line = client.get(f"/api/hsds/services/{ids.page_id(areas['line'])}").json()
    street = client.get(f"/api/hsds/services/{ids.page_id(areas['street_work'])}").json()
    shelter = client.get(f"/api/hsds/services/{ids.page_id(areas['shelter'])}").json()

    for data in (line, street, shelter):
        assert not list(service_validator().iter_errors(data))
    assert [area["name"] for area in line["service_areas"]] == ["celé město Ostrava"]
    assert line["service_areas"][0]["uri"].endswith("/ruian/obec/554821")
    assert [area["name"] for area in street["service_areas"]] == ["Ostrava-Jih", "Poruba"]
    assert street["service_areas"][1]["uri"].endswith("/katalog/?obvod=poruba")
    assert {area["service_id"] for area in street["service_areas"]} == {street["id"]}
    assert shelter["service_areas"] == []


def test_hsds_district_term_finds_the_services_helping_there(client, areas):
    """The API's district term means what the catalogue's district filter means: services
    with a place there, serving the whole city or with the district in their area."""

    def names(district):
        term = ids.term_id("mestsky-obvod", district.slug)
        data = client.get("/api/hsds/services", {"taxonomy_term_id": term, "per_page": 50})
        assert data.status_code == 200
        return {service["name"] for service in data.json()["contents"]}

    jih = names(areas["jih"])
    assert {"Linka důvěry Ostrava", "Terénní program Jih a Poruba"} <= jih
    assert "Terénní program Jih a Poruba" not in names(areas["svinov"])
    assert "Linka důvěry Ostrava" in names(areas["svinov"])

    street = client.get(f"/api/hsds/services/{ids.page_id(areas['street_work'])}").json()
    district_terms = {
        attribute["taxonomy_term"]["name"]
        for attribute in street["attributes"]
        if attribute["taxonomy_term"]["taxonomy"] == "Městské obvody"
    }
    assert {"Ostrava-Jih", "Poruba"} <= district_terms


def test_hsds_package_has_a_service_areas_table(areas, tmp_path):
    export_package(tmp_path)

    with open(tmp_path / "service_areas.csv", encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    assert sorted(row["name"] for row in rows) == ["Ostrava-Jih", "Poruba", "celé město Ostrava"]


def edit_form(client, page, **changes):
    """The page's edit form as the client sees it, with ``changes``, ready to post (every value
    of a multi-valued field kept)."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    data = querydict_from_html(response.text, form_id="page-edit-form")
    fields = {key: data.getlist(key) for key in data}
    fields.update(changes)
    return fields


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("koordinator", "k@example.org", "heslo")
    client.force_login(user)
    return user


def test_editor_sets_the_area_in_the_service_panel(client, coordinator, areas):
    shelter = areas["shelter"]
    form = client.get(f"/admin/pages/{shelter.pk}/edit/")
    assert "Působnost (kde služba pomáhá)" in form.text
    assert "Působí v celém městě" in form.text
    data = edit_form(
        client,
        shelter,
        area_districts=[str(areas["jih"].pk), str(areas["svinov"].pk)],
        **{"action-publish": "action-publish"},
    )

    response = client.post(f"/admin/pages/{shelter.pk}/edit/", data)

    assert response.status_code == 302, response.text[:2000]
    saved = ServicePage.objects.get(pk=shelter.pk)
    assert saved.area_label == "Ostrava-Jih, Svinov"
    assert "Azylový dům pro muže" in titles(client.get("/katalog/", {"obvod": "svinov"}))


def test_editor_marks_a_service_city_wide(client, coordinator, areas):
    shelter = areas["shelter"]
    data = edit_form(client, shelter, area_whole_city="on", **{"action-publish": "action-publish"})

    response = client.post(f"/admin/pages/{shelter.pk}/edit/", data)

    assert response.status_code == 302, response.text[:2000]
    assert ServicePage.objects.get(pk=shelter.pk).area_label == "celé město Ostrava"


def test_place_panel_tells_the_editor_where_coordinates_come_from(client, coordinator, areas):
    form = client.get(f"/admin/pages/{areas['shelter'].pk}/edit/")

    assert "Kód adresního místa (RÚIAN)" in form.text
    assert "místo bez kódu je samo nedostane, zadejte je ručně" in form.text


def test_hsds_import_reads_the_service_areas_back(areas, tmp_path):
    """Export, empty the catalogue, import: the areas come back, and the secret shelter keeps
    its own district."""
    out = open("/dev/null", "w")
    call_command("export_hsds", str(tmp_path / "before"), stdout=out)
    secret_districts = {
        place.district_id
        for place in ServicePlace.objects.filter(address_secret=True)
        if place.district_id
    }
    for provider in ProviderPage.objects.all():
        provider.delete()

    call_command("import_hsds", str(tmp_path / "before"), stdout=out)
    call_command("export_hsds", str(tmp_path / "after"), stdout=out)

    line = ServicePage.objects.get(title="Linka důvěry Ostrava")
    street_work = ServicePage.objects.get(title="Terénní program Jih a Poruba")
    assert line.area_whole_city and not line.area_districts.exists()
    assert not street_work.area_whole_city
    assert sorted(d.name for d in street_work.area_districts.all()) == ["Ostrava-Jih", "Poruba"]
    assert {
        place.district_id
        for place in ServicePlace.objects.filter(address_secret=True)
        if place.district_id
    } == secret_districts

    def table(directory):
        with open(directory / "service_areas.csv", encoding="utf-8") as file:
            return sorted(
                (row["service_id"], row["name"], row["uri"]) for row in csv.DictReader(file)
            )

    assert table(tmp_path / "after") == table(tmp_path / "before")


def test_json_ld_names_the_area_served(client, areas):
    def area_served(service):
        html = client.get(service.url).content.decode()
        data = json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        )
        items = data["@graph"] if "@graph" in data else [data]
        return next(item["areaServed"] for item in items if "areaServed" in item)

    city = {"@type": "City", "name": "Ostrava"}
    assert area_served(areas["line"]) == city
    assert area_served(areas["shelter"]) == city
    assert area_served(areas["street_work"]) == [
        {"@type": "AdministrativeArea", "name": "Ostrava-Jih", "containedInPlace": city},
        {"@type": "AdministrativeArea", "name": "Poruba", "containedInPlace": city},
    ]


def test_hsds_import_reads_the_districts_once(areas, tmp_path):
    """The districts are looked up once per import, not once per place and service."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    out = open("/dev/null", "w")
    call_command("export_hsds", str(tmp_path), stdout=out)
    for provider in ProviderPage.objects.all():
        provider.delete()

    with CaptureQueriesContext(connection) as queries:
        call_command("import_hsds", str(tmp_path), stdout=out)

    lookups = [
        query["sql"]
        for query in queries.captured_queries
        if re.search(r'"catalogue_district"\."(name" (=|IN)|slug" IN) ', query["sql"])
    ]
    assert ServicePage.objects.count() >= 3
    assert lookups == [], lookups  # read once, with no condition
