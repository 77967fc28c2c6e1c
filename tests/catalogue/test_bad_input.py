"""Whatever ends up in the URL, the catalogue answers with a normal page and a Czech message."""

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_filter_slug_is_ignored_with_a_message(client, sample):
    response = client.get("/katalog/", {"obvod": ["poruba", "atlantida"]})

    assert response.status_code == 200
    assert "Filtr „Městský obvod“ nezná hodnotu „atlantida“" in response.text
    assert "Nalezena 1 služba" in response.text


def test_page_number_that_is_not_a_number_shows_first_page(client, sample):
    response = client.get("/katalog/", {"strana": "abc"})

    assert response.status_code == 200
    assert "Stránka „abc“ neexistuje; zobrazujeme první stránku výsledků." in response.text
    assert "Nalezeno 5 služeb" in response.text


@pytest.mark.parametrize("number", ["0", "-3", "99999999999999999999"])
def test_impossible_page_number_shows_first_page(client, sample, number):
    response = client.get("/katalog/", {"strana": number})

    assert response.status_code == 200
    assert "neexistuje" in response.text


def test_page_number_beyond_the_end_shows_last_page(client, sample):
    response = client.get("/katalog/", {"strana": "7"})

    assert response.status_code == 200
    assert "Stránka 7 neexistuje; zobrazujeme poslední stránku výsledků." in response.text
    assert "Azylový dům Poruba" in response.text


def test_huge_query_is_shortened_with_a_message(client, sample):
    response = client.get("/katalog/", {"q": "azylovy dum " * 2000})

    assert response.status_code == 200
    assert "Hledaný text je příliš dlouhý" in response.text
    assert "Azylový dům Poruba" in response.text


@pytest.mark.parametrize("garbage", ["%%%", "'; DROP TABLE x; --", "\x00\x01", "💥💥", "<script>"])
def test_garbage_query_gives_a_normal_page(client, sample, garbage):
    response = client.get("/katalog/", {"q": garbage})

    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main", 1)[1]


def test_query_without_words_explains_it_shows_everything(client, sample):
    response = client.get("/katalog/", {"q": "!!!"})

    assert "V hledaném textu nejsou žádná slova" in response.text
    assert "Nalezeno 5 služeb" in response.text


def test_repeated_parameters_give_a_normal_page(client, sample):
    response = client.get(
        "/katalog/?q=azylovy+dum&q=domov&strana=1&strana=x&obvod=poruba&obvod=poruba&razeni=x&razeni=nazev"
    )

    assert response.status_code == 200
    assert "Azylový dům Poruba" in response.text
    assert "Domov pro seniory Ukázka" not in response.text


def test_too_many_filter_values_are_cut_off(client, sample):
    response = client.get("/katalog/", {"obvod": [f"obvod-{n}" for n in range(500)]})

    assert response.status_code == 200
    assert "nezná hodnoty" in response.text


def test_print_version_survives_bad_input(client, sample):
    response = client.get("/katalog/tisk/", {"obvod": "atlantida", "strana": "x", "q": "x" * 999})

    assert response.status_code == 200
    assert "nezná hodnotu" in response.text
