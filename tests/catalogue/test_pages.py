"""A citizen reads a service page and a provider page; the print version of the catalogue."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from catalogue.models import ProviderPage
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db


def test_citizen_sees_address_hours_and_map_of_a_service(client, sample):
    response = client.get("/katalog/charita-ukazkova/azylovy-dum-pro-muze/")

    assert response.status_code == 200
    assert "Ruská 2012/58, 703 00 Ostrava" in response.text
    assert "Městský obvod Vítkovice" in response.text
    assert re.search(r"Pondělí</th><td>8.00–16.00", response.text)
    assert "https://www.openstreetmap.org/?mlat=49.812000&amp;mlon=18.264000" in response.text
    assert "mapy.cz" in response.text
    assert "Údaje ověřeny dne 2. 3. 2026." in response.text


def test_secret_address_is_never_shown_nor_in_structured_data(client, sample):
    response = client.get("/katalog/charita-ukazkova/azylovy-dum-tajny/")

    assert response.status_code == 200
    assert "Adresu kvůli bezpečí klientů nezveřejňujeme" in response.text
    assert "openstreetmap" not in response.text
    assert "mapy.cz" not in response.text
    assert "Ruská" not in response.text
    assert "Nepřetržitě, 24 hodin denně" in response.text
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', response.text, re.S)[1])
    assert "availableChannel" not in data


def test_secret_address_is_not_printed(client, sample):
    response = client.get("/katalog/tisk/", {"q": "domaciho nasili"})

    assert "adresa se z&nbsp;bezpečnostních důvodů nezveřejňuje" in response.text
    assert "Ruská" not in response.text.split('class="chapter"', 1)[1]


def test_service_page_has_schema_org_structured_data(client, sample):
    response = client.get("/katalog/domov-ukazka/domov-pro-seniory/")

    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', response.text, re.S)[1])
    assert data["@type"] == "GovernmentService"
    assert data["provider"]["@type"] == "GovernmentOrganization"  # a public body's service
    assert data["provider"]["name"] == "Domov Ukázka, příspěvková organizace"
    assert data["availableChannel"][0]["serviceLocation"]["geo"]["latitude"] == 49.812


def test_service_page_shows_fee_type_and_provider(client, sample):
    response = client.get("/katalog/domov-ukazka/domov-pro-seniory/")

    assert "placená: 210 Kč denně za ubytování." in response.text
    assert "domovy pro seniory (§ 49 zákona o sociálních službách)" in response.text
    assert 'href="/katalog/domov-ukazka/"' in response.text


def test_provider_page_lists_its_services_and_contacts(
    client, sample, django_assert_max_num_queries
):
    client.get("/katalog/")
    with django_assert_max_num_queries(25):
        response = client.get("/katalog/charita-ukazkova/")

    assert response.status_code == 200
    assert "3 služby v katalogu." in response.text
    assert "Azylový dům Poruba" in response.text
    assert "Domov pro seniory Ukázka" not in response.text
    assert 'href="mailto:info@example.org"' in response.text
    assert "00845451" in response.text


def test_print_version_groups_by_area_then_type_with_index(
    client, sample, django_assert_max_num_queries
):
    client.get("/katalog/")
    with django_assert_max_num_queries(30):
        response = client.get("/katalog/tisk/")

    text = response.text
    assert response.status_code == 200
    assert "Katalog sociálních služeb" in text
    assert "Úplné vydání" in text
    assert '<h2 id="obsah-katalogu">Obsah</h2>' in text
    chapters = text.split('class="chapter"', 1)[1]
    assert chapters.index("Občané společensky nepřizpůsobení</h2>") < chapters.index(
        ">Azylové domy"
    )
    assert "Rejstřík služeb a&nbsp;poskytovatelů" in text
    index = text.split('id="rejstrik"', 1)[1]
    # Czech order: "Ch" comes after "H", so after "Domov".
    assert index.index("Domov Ukázka, příspěvková organizace") < index.index("Charita Ukázková")


def test_print_version_keeps_the_search_parameters(client, sample):
    response = client.get("/katalog/tisk/", {"obvod": "poruba"})

    assert "Azylový dům Poruba" in response.text
    assert "Domov pro seniory Ukázka" not in response.text
    assert "Vydání pro obvod Poruba" in response.text


def test_editor_cannot_save_provider_with_invalid_ico(catalogue):
    page = ProviderPage(title="Chybná", slug="chybna", ico="00845452", legal_form="zs")

    with pytest.raises(ValidationError, match="IČO"):
        catalogue.add_child(instance=page)


def test_paid_service_requires_fee_text(sample):
    service = sample["foster"]
    service.fee = "placena"
    service.fee_text = ""

    with pytest.raises(ValidationError, match="výši úhrady"):
        service.full_clean()


def test_unpublished_service_is_not_in_the_catalogue(client, sample):
    sample["poruba_shelter"].unpublish()

    response = client.get("/katalog/", {"q": "azylovy dum"})

    assert "Azylový dům Poruba" not in response.text


def test_renaming_provider_updates_search_of_its_services(client, sample):
    homes = sample["homes"]
    homes.title = "Seniorpark Nová"
    homes.save_revision().publish()

    response = client.get("/katalog/", {"q": "seniorpark"})

    assert "Domov pro seniory Ukázka" in response.text


def test_provider_name_is_stored_on_its_services(sample):
    assert sample["shelter"].provider.specific == sample["charity"]
    extra = f.service(sample["homes"], "Nová služba", "nova-sluzba")
    assert extra.provider_id == sample["homes"].pk


def test_service_moved_to_another_provider_is_found_under_its_name(client, sample):
    sample["seniors"].move(sample["charity"], pos="last-child")

    response = client.get("/katalog/", {"q": "charita ukazkova"})
    page = client.get("/katalog/charita-ukazkova/domov-pro-seniory/")

    assert "Domov pro seniory Ukázka" in response.text
    assert 'href="/katalog/charita-ukazkova/"' in page.text
