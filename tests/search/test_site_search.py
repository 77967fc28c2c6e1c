"""A citizen searches the whole portal at /hledat/."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from portal.models import SearchQueryLog

pytestmark = pytest.mark.django_db


def result_titles(response):
    return re.findall(r'class="search-result__title"><a href="[^"]+">([^<]+)</a>', response.text)


def test_citizen_finds_homes_for_seniors_typed_inflected_without_diacritics(
    client, demo_site, django_assert_max_num_queries
):
    client.get("/hledat/", {"q": "domovu senioru"})
    with django_assert_max_num_queries(13):
        response = client.get("/hledat/", {"q": "domovu senioru"})

    assert response.status_code == 200
    assert result_titles(response)[0].startswith("Domov pro seniory")
    assert "Služba" in response.text
    assert "<mark>" in response.text


def test_citizen_finds_debt_counselling_by_colloquial_word(client, demo_site):
    response = client.get("/hledat/", {"q": "dluhy"})

    assert "Dluhové poradenství" in result_titles(response)[:3]


def test_citizen_finds_plan_measure_and_event(client, demo_site):
    measures = client.get("/hledat/", {"q": "bydleni pro zeny bez pristresi"})
    events = client.get("/hledat/", {"q": "konference dejme detem rodinu", "typ": "akce"})

    assert result_titles(measures)[0] == "Cíl 4.3 Bydlení pro ženy bez přístřeší"
    assert "Cíl nebo opatření plánu" in measures.text
    assert "onferenc" in result_titles(events)[0]
    assert set(re.findall(r'search-result__kind">([^<]+)<', events.text)) == {"Akce"}


def test_citizen_narrows_results_to_providers(client, demo_site):
    response = client.get("/hledat/", {"q": "charita", "typ": "poskytovatel"})

    assert result_titles(response)
    assert "Charita Ostrava" in result_titles(response)
    assert "Azylový dům – Charita Ostrava" not in result_titles(response)


def test_citizen_pages_through_many_results(client, demo_site):
    first = client.get("/hledat/", {"q": "sluzba"})
    second = client.get("/hledat/", {"q": "sluzba", "strana": "2"})

    assert "Stránka 1 z" in first.text
    assert 'rel="next"' in first.text
    assert set(result_titles(first)).isdisjoint(result_titles(second))


def test_nothing_found_offers_life_situations(client, demo_site):
    response = client.get("/hledat/", {"q": "xylofon"})

    assert "Nic jsme nenašli" in response.text
    assert "?situace=" in response.text


def test_queries_are_logged_normalised_with_their_result_count(client, demo_site):
    client.get("/hledat/", {"q": "Xylofon"})
    client.get("/hledat/", {"q": "xylofon "})
    client.get("/hledat/", {"q": "dluhy"})

    zero = SearchQueryLog.objects.without_results().get()
    assert (zero.query, zero.hits) == ("xylofon", 2)
    assert SearchQueryLog.objects.get(query="dluhy").results > 0


def test_promotion_appears_for_the_query_typed_without_diacritics(client, demo_site):
    page = Page.objects.get(title="Prohlášení o přístupnosti")
    query = Query.objects.create(query_string="azylový dům")
    SearchPromotion.objects.create(query=query, page=page, description="Doporučená stránka")

    response = client.get("/hledat/", {"q": "azylovy dum"})

    assert "Doporučujeme" in response.text
    assert "Doporučená stránka" in response.text


def test_unpublished_page_disappears_from_results(client, demo_site):
    page = Page.objects.get(title="Prohlášení o přístupnosti")
    assert "Prohlášení o přístupnosti" in result_titles(
        client.get("/hledat/", {"q": "prohlaseni o pristupnosti"})
    )

    page.unpublish()

    response = client.get("/hledat/", {"q": "prohlaseni o pristupnosti"})
    assert "Prohlášení o přístupnosti" not in result_titles(response)


def test_misspelled_query_is_corrected_and_the_exact_one_stays_a_click_away(
    client, demo_site, django_assert_max_num_queries
):
    for typed, corrected in [("azilovi duum", "azylov"), ("senjorry", "seniory")]:
        with django_assert_max_num_queries(18):
            response = client.get("/hledat/", {"q": typed})

        shown = re.search(r"Zobrazujeme výsledky pro „([^“]+)“", response.text)
        assert shown and shown.group(1).startswith(corrected), response.text
        assert result_titles(response)
        exact = re.search(r'<a href="\?q=([^"&]+)&amp;presne=1">hledat přesně', response.text)
        assert exact
        assert (
            "Zobrazujeme výsledky" not in client.get(f"/hledat/?q={exact.group(1)}&presne=1").text
        )

    gibberish = client.get("/hledat/", {"q": "xqzwv"})
    assert "Nic jsme nenašli" in gibberish.text
    assert "Zobrazujeme výsledky pro" not in gibberish.text
