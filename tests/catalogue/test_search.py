"""A citizen searches and filters the catalogue at /katalog/."""

import re

import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


def test_citizen_sees_every_service_without_a_query(client, sample):
    response = client.get("/katalog/")

    assert response.status_code == 200
    assert "Nalezeno 5 služeb" in response.text
    assert len(titles(response)) == 5


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("azylovy dum", "Azylový dům pro muže"),
        ("AZYLOVÝ DŮM", "Azylový dům Poruba"),
        ("DOMOV PRO SENIORY", "Domov pro seniory Ukázka"),
        ("domovy pro seniory", "Domov pro seniory Ukázka"),
        ("pestounska pece", "Poradna pro pěstounskou péči"),
        ("seniorům", "Domov pro seniory Ukázka"),
    ],
)
def test_citizen_finds_service_ignoring_diacritics_case_and_inflection(
    client, sample, typed, expected
):
    response = client.get("/katalog/", {"q": typed})

    assert expected in titles(response)


def test_search_for_shelter_does_not_return_home_for_seniors(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum"})

    assert "Domov pro seniory Ukázka" not in titles(response)
    assert "Nalezeny 3 služby" in response.text


def test_citizen_finds_service_by_provider_name(client, sample):
    response = client.get("/katalog/", {"q": "charita ukazkova"})

    assert set(titles(response)) == {
        "Azylový dům pro muže",
        "Azylový dům Poruba",
        "Azylový dům pro oběti domácího násilí",
    }


def test_citizen_narrows_by_district(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum", "obvod": "poruba"})

    assert titles(response) == ["Azylový dům Poruba"]
    assert "Městský obvod: Poruba" in response.text


def test_filters_of_one_kind_combine_with_or(client, sample):
    response = client.get("/katalog/", {"obvod": ["poruba", "vitkovice"]})

    assert len(titles(response)) == 5


def test_filters_of_different_kinds_combine_with_and(client, sample):
    response = client.get("/katalog/", {"druh": "azylove-domy", "skupina": "seniori"})

    assert titles(response) == []


def test_citizen_filters_by_life_situation(client, sample):
    response = client.get("/katalog/", {"situace": "nemam-kde-prespat"})

    assert set(titles(response)) == {
        "Azylový dům pro muže",
        "Azylový dům Poruba",
        "Azylový dům pro oběti domácího násilí",
    }


def test_facets_show_counts_for_the_current_search(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum"})

    option = re.search(
        r'for="filtr-obvod-poruba">Poruba <span class="facet__count">\((\d+)\)', response.text
    )
    assert option.group(1) == "1"
    vitkovice = re.search(
        r'for="filtr-obvod-vitkovice">Vítkovice <span class="facet__count">\((\d+)\)', response.text
    )
    assert vitkovice.group(1) == "2"
    assert 'for="filtr-druh-domovy-pro-seniory"' not in response.text


def test_facet_counts_of_a_chosen_kind_ignore_its_own_choice(client, sample):
    response = client.get("/katalog/", {"obvod": "poruba"})

    vitkovice = re.search(
        r'for="filtr-obvod-vitkovice">Vítkovice <span class="facet__count">\((\d+)\)', response.text
    )
    assert vitkovice.group(1) == "4"
    assert 'value="poruba" checked' in response.text


def test_result_shows_provider_type_forms_and_district(client, sample):
    response = client.get("/katalog/", {"q": "domov pro seniory"})

    card = response.text.split('class="service-card"')[1]
    assert "Domov Ukázka, příspěvková organizace" in card
    assert "domovy pro seniory" in card
    assert "pobytová" in card
    assert "Vítkovice" in card
    assert "Celoroční bydlení s péčí pro seniory." in card


def test_result_count_is_announced_to_screen_readers(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum"})

    assert re.search(r'role="status">\s*Nalezeny 3 služby', response.text)


def test_empty_result_explains_how_to_widen_and_offers_situations(client, sample):
    response = client.get("/katalog/", {"q": "kosmonaut"})

    assert "Nenalezli jsme žádnou službu." in response.text
    assert "Zkuste hledání rozšířit" in response.text
    assert 'href="/katalog/?situace=nemam-kde-prespat"' in response.text


def test_citizen_sorts_by_name(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum", "razeni": "nazev"})

    assert titles(response) == sorted(titles(response))


def test_relevance_puts_name_matches_first(client, sample):
    response = client.get("/katalog/", {"q": "seniory"})

    assert titles(response)[0] == "Domov pro seniory Ukázka"


def test_shared_url_keeps_the_search_state(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum", "obvod": "poruba"})

    assert 'value="azylovy dum"' in response.text
    assert 'href="/katalog/tisk/?q=azylovy+dum&amp;obvod=poruba"' in response.text


def test_citizen_pages_through_results(client, catalogue):
    from tests.catalogue import factories as f

    charity = f.provider(catalogue, "Velká organizace", "velka")
    for number in range(23):
        f.service(charity, f"Služba číslo {number:02d}", f"sluzba-{number}")

    first = client.get("/katalog/")
    second = client.get("/katalog/", {"strana": 2})

    assert len(titles(first)) == 20
    assert "strana 1 z 2" in first.text
    assert 'href="?strana=2"' in first.text
    assert len(titles(second)) == 3
    assert "Služba číslo 22" in titles(second)


def test_catalogue_page_query_count_does_not_grow_with_results(
    client, catalogue, django_assert_max_num_queries
):
    from tests.catalogue import factories as f

    charity = f.provider(catalogue, "Velká organizace", "velka")
    for number in range(25):
        f.service(charity, f"Azylový dům {number:02d}", f"dum-{number}")
    client.get("/katalog/")  # warm the site-root cache, like a running server

    with django_assert_max_num_queries(30):
        response = client.get(
            "/katalog/",
            {"q": "azylovy dum", "obvod": "vitkovice", "forma": "pobytova", "druh": "azylove-domy"},
        )

    assert "Nalezeno 25 služeb" in response.text
