"""A citizen types into /katalog/ what is happening to them, in their own words."""

import re

import pytest

from catalogue.models import District
from portal.models import HelpLine
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


@pytest.fixture
def world(home_page):
    """A night shelter, shelters for the homeless and for victims of violence, an intervention
    centre, debt counselling and a home care service; two life situations."""
    catalogue = f.catalogue_index(home_page)
    charity = f.provider(catalogue, "Charita Ukázka", "charita-ukazka")
    night = f.ServiceTypeFactory(name="noclehárny", paragraph="63")
    shelters = f.ServiceTypeFactory(name="azylové domy", paragraph="57")
    intervention = f.ServiceTypeFactory(name="intervenční centra", paragraph="60a")
    counselling = f.ServiceTypeFactory(name="odborné sociální poradenství", paragraph="37")
    care = f.ServiceTypeFactory(name="pečovatelská služba", paragraph="40")
    homeless = f.TargetGroupFactory(name="osoby bez přístřeší")
    victims = f.TargetGroupFactory(name="oběti domácího násilí")
    seniors = f.TargetGroupFactory(name="senioři")
    f.service(
        charity,
        "Azylový dům Vesna pro oběti domácího násilí",
        "vesna",
        service_type=shelters,
        target_groups=[victims, homeless],
        summary="Bezpečné bydlení pro ženy a děti, které utíkají před násilím.",
    )
    f.service(
        charity,
        "Azylový dům pro muže",
        "azylovy-dum-pro-muze",
        service_type=shelters,
        target_groups=[homeless],
        summary="Přechodné ubytování pro muže bez domova.",
    )
    f.service(
        charity,
        "Noclehárna Ukázka",
        "nocleharna",
        service_type=night,
        target_groups=[homeless],
        summary="Přenocování v zimě i v létě, sprcha a čaj.",
        district=District.objects.create(name="Přívoz"),
    )
    f.service(
        charity,
        "Intervenční centrum Bezpečí",
        "intervencni-centrum",
        service_type=intervention,
        target_groups=[victims],
        summary="Pomoc lidem ohroženým násilím v rodině.",
    )
    f.service(
        charity,
        "Dluhová poradna",
        "dluhova-poradna",
        service_type=counselling,
        target_groups=[f.TargetGroupFactory(name="osoby v krizi")],
        summary="Pomůžeme s dluhy, splátkovým kalendářem i oddlužením.",
    )
    f.service(
        charity,
        "Pečovatelská služba Ukázka",
        "pecovatelska-sluzba",
        service_type=care,
        target_groups=[seniors],
        summary="Pomoc s hygienou, nákupem a obědy doma.",
    )
    f.situation("Nemám kde přespat", "nemam-kde-prespat", [night, shelters], [homeless])
    f.situation(
        "Zažívám domácí násilí", "zazivam-domaci-nasili", [intervention, shelters], [victims]
    )
    return catalogue


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("nemam kde spat", "Noclehárna Ukázka"),
        ("spim venku", "Noclehárna Ukázka"),
        ("partner me bije", "Intervenční centrum Bezpečí"),
        ("mam exekuci a nevim co dal", "Dluhová poradna"),
        ("tata po mrtvici potrebuje pomoc doma", "Pečovatelská služba Ukázka"),
        ("Nemám kde přespat", "Noclehárna Ukázka"),
    ],
)
def test_a_whole_sentence_without_diacritics_finds_services(client, world, typed, expected):
    response = client.get("/katalog/", {"q": typed})

    assert response.status_code == 200
    assert expected in titles(response)[:3]


def test_services_matching_every_meaningful_word_come_first(client, world):
    every_word = titles(client.get("/katalog/", {"q": "azylovy dum pro obeti nasili"}))
    both_shelters = titles(client.get("/katalog/", {"q": "chci azylovy dum prosim"}))

    assert every_word == ["Azylový dům Vesna pro oběti domácího násilí"]
    assert set(both_shelters) >= {
        "Azylový dům pro muže",
        "Azylový dům Vesna pro oběti domácího násilí",
    }


def test_typo_is_corrected_and_the_exact_search_is_offered(client, world):
    response = client.get("/katalog/", {"q": "noclehrana"})
    exact = client.get("/katalog/", {"q": "noclehrana", "presne": "1"})

    assert titles(response) == ["Noclehárna Ukázka"]
    assert "Zobrazujeme výsledky pro „noclehárna“" in response.text
    assert "hledat přesně „noclehrana“" in response.text
    assert "presne=1" in response.text
    assert "Zobrazujeme výsledky" not in exact.text


def test_matching_life_situation_is_shown_above_the_results(client, world):
    response = client.get("/katalog/", {"q": "nemam kde spat"})

    top = response.text.split('id="vysledky"')[0]
    assert "Služby pro vaši situaci" in top
    assert "?situace=nemam-kde-prespat" in top


def test_situation_listing_puts_the_best_fitting_services_first(client, world):
    response = client.get("/katalog/", {"situace": "nemam-kde-prespat"})

    found = titles(response)
    assert set(found) == {
        "Noclehárna Ukázka",
        "Azylový dům pro muže",
        "Azylový dům Vesna pro oběti domácího násilí",
    }
    assert found[0] == "Noclehárna Ukázka"  # not A–Z, where the shelters come first
    assert found[-1] == "Azylový dům Vesna pro oběti domácího násilí"


@pytest.mark.parametrize(
    "params",
    [{"q": "partner me bije"}, {"q": "tyra me manzel"}, {"situace": "zazivam-domaci-nasili"}],
)
def test_crisis_lines_come_before_the_results(client, world, params):
    response = client.get("/katalog/", params)

    before_results = response.text.split('id="vysledky"')[0]
    for number in ("tel:112", "tel:158", "tel:116006", "tel:116123"):
        assert f'href="{number}"' in before_results


def test_no_crisis_lines_for_an_ordinary_search(client, world):
    assert 'href="tel:112"' not in client.get("/katalog/", {"q": "pecovatelska sluzba"}).text


def test_coordinators_decide_which_lines_show_when(client, world):
    HelpLine.objects.create(name="Linka pro pečující", number="800 123 456", phrases="pečuji")

    response = client.get("/katalog/", {"q": "pecuji o mamu"})

    assert 'href="tel:800123456"' in response.text
    assert "Linka pro pečující" in response.text


def test_zero_results_offer_fitting_situations_and_the_office(client, world):
    from portal.models import SiteSettings

    settings = SiteSettings.for_site(world.get_site())
    settings.email, settings.phone = "kp@example.org", "+420 599 000 000"
    settings.save()

    response = client.get("/katalog/", {"q": "kde prespat", "druh": "intervencni-centra"})

    assert "Nenalezli jsme žádnou službu." in response.text
    empty = response.text.split("catalogue-empty")[1]
    assert "?situace=nemam-kde-prespat" in empty
    assert "?situace=zazivam-domaci-nasili" not in empty
    assert 'href="mailto:kp@example.org"' in empty
    assert 'href="tel:+420599000000"' in empty


def test_services_matching_part_of_the_query_are_said_to_be_partial(client, world):
    response = client.get("/katalog/", {"q": "noclehárna kosmonaut"})

    assert titles(response) == ["Noclehárna Ukázka"]
    assert "Našli jsme služby, které odpovídají části dotazu" in response.text


def test_api_search_uses_the_same_engine(client, world):
    response = client.get("/api/hsds/services", {"search": "mam exekuci a nevim co dal"})

    assert response.status_code == 200
    names = [service["name"] for service in response.json()["contents"]]
    assert "Dluhová poradna" in names
