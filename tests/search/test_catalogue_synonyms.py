"""Coordinators' lexicon entries reach the catalogue search as they reach the site search."""

import re

import pytest

from portal.models import SearchSynonym
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


@pytest.fixture
def services(home_page):
    SearchSynonym.objects.all().delete()  # only the entries each test adds
    catalogue = f.catalogue_index(home_page)
    charity = f.provider(catalogue, "Charita Ukázka", "charita-ukazka")
    f.service(
        charity,
        "Dluhové poradenství Ukázka",
        "dluhy",
        summary="Pomoc lidem v dluhové pasti.",
    )
    f.service(charity, "Noclehárna Ukázka", "nocleharna", summary="Přespání v zimě.")
    f.service(charity, "Denní stacionář", "stacionar", summary="Péče o seniory během dne.")
    return f.service(charity, "Exekuce a vy", "exekuce", summary="Přednáška o exekucích.")


def test_colloquial_word_finds_what_the_portal_calls_it(client, services):
    SearchSynonym.objects.create(phrase="exekuce", meaning="dluhové poradenství")
    SearchSynonym.objects.create(phrase="bezďák", meaning="noclehárna")

    by_synonym = titles(client.get("/katalog/", {"q": "exekuce"}))
    homeless = titles(client.get("/katalog/", {"q": "bezdak"}))

    assert set(by_synonym) == {"Dluhové poradenství Ukázka", "Exekuce a vy"}
    assert homeless == ["Noclehárna Ukázka"]


def test_without_the_entry_only_the_typed_word_is_found(client, services):
    assert titles(client.get("/katalog/", {"q": "exekuce"})) == ["Exekuce a vy"]
    assert titles(client.get("/katalog/", {"q": "bezdak"})) == []


def test_a_phrase_applies_in_any_order_and_form(client, services):
    SearchSynonym.objects.create(phrase="bere drogy", meaning="noclehárna")

    assert titles(client.get("/katalog/", {"q": "syn bere drogy"})) == ["Noclehárna Ukázka"]
    assert titles(client.get("/katalog/", {"q": "drogy brala"})) == []  # "brala" is not "bere"


def test_entry_widens_only_its_own_word_of_the_query(client, services):
    SearchSynonym.objects.create(phrase="exekuce", meaning="dluhové poradenství")

    with_other_word = titles(client.get("/katalog/", {"q": "exekuce charita"}))

    assert set(with_other_word) == {"Exekuce a vy", "Dluhové poradenství Ukázka"}
