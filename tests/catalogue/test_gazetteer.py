"""The gazetteer shipped with the catalogue finds Ostrava's places however they are typed."""

import json
from pathlib import Path

import pytest

from catalogue import gazetteer

OSTRAVA = json.loads((Path(gazetteer.__file__).parent / "data" / "ostrava.json").read_text())
DISTRICTS = set(OSTRAVA["districts"])


def test_every_city_district_is_a_place_of_its_own():
    found = {place.name for place in gazetteer.places() if place.kind == "obvod"}

    assert found == DISTRICTS
    assert len(found) == 23


def test_every_place_lies_in_ostrava_and_in_one_of_its_districts():
    for place in gazetteer.places():
        assert place.district in DISTRICTS, place
        assert 49.72 < place.latitude < 49.90 and 18.08 < place.longitude < 18.38, place


def test_parts_of_town_postcodes_and_streets_are_there():
    kinds = {place.kind for place in gazetteer.places()}

    assert {"obvod", "část obce", "sídliště", "PSČ", "ulice"} <= kinds


@pytest.mark.parametrize(
    ("typed", "name", "district"),
    [
        ("Zábřeh", "Zábřeh", "Ostrava-Jih"),
        ("Zabreh", "Zábřeh", "Ostrava-Jih"),
        ("ZÁBŘEH", "Zábřeh", "Ostrava-Jih"),
        ("ostrava-zabreh", "Zábřeh", "Ostrava-Jih"),
        ("ostrava-poruba", "Poruba", "Poruba"),
        ("Ostrava Poruba", "Poruba", "Poruba"),
        ("Ostrava-Jih", "Ostrava-Jih", "Ostrava-Jih"),
        ("jih", "Ostrava-Jih", "Ostrava-Jih"),
        ("Hrabůvka", "Hrabůvka", "Ostrava-Jih"),
        ("dubina", "Dubina", "Ostrava-Jih"),
        ("Mariánské Hory", "Mariánské Hory", "Mariánské Hory a Hulváky"),
        ("Přívoz", "Přívoz", "Moravská Ostrava a Přívoz"),
        ("Kunčičky", "Kunčičky", "Slezská Ostrava"),
        ("70030", "700 30", "Ostrava-Jih"),
        ("700 30", "700 30", "Ostrava-Jih"),
        ("708 00", "708 00", "Poruba"),
        ("Hlavní třída 1234/5", "Hlavní třída", "Poruba"),
        ("ul. Nádražní", "Nádražní", "Moravská Ostrava a Přívoz"),
        ("Horní 12, Ostrava", "Horní", "Ostrava-Jih"),
        ("  28. října  ", "28. října", "Moravská Ostrava a Přívoz"),
    ],
)
def test_resolve_ignores_accents_case_punctuation_and_the_city_name(typed, name, district):
    place = gazetteer.resolve(typed)

    assert place is not None, typed
    assert (place.name, place.district) == (name, district)


@pytest.mark.parametrize("typed", ["", "   ", "Atlantida", "Praha", "99999", "x" * 10_000, "\x00"])
def test_unknown_text_resolves_to_nothing(typed):
    assert gazetteer.resolve(typed) is None


def test_a_part_of_town_is_found_before_the_district_named_like_it():
    assert gazetteer.resolve("Moravská Ostrava").kind == "část obce"
    assert gazetteer.resolve("Moravská Ostrava a Přívoz").kind == "obvod"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Porba", "Poruba"),
        ("Hrabuvk", "Hrabůvka"),
        ("Vitkovic", "Vítkovice"),
        ("Marianky", "Mariánské Hory a Hulváky"),
    ],
)
def test_suggest_finds_places_despite_typos(typed, expected):
    names = [place.name for place in gazetteer.suggest(typed)]

    assert expected in names[:2], names


def test_suggest_offers_postcodes_only_for_digits():
    assert all(place.kind == "PSČ" for place in gazetteer.suggest("702"))
    assert all(place.kind != "PSČ" for place in gazetteer.suggest("Ostrava 3"))


def test_suggest_respects_the_limit_and_finds_nothing_for_nonsense():
    assert len(gazetteer.suggest("Ostrava", limit=3)) <= 3
    assert gazetteer.suggest("qwzx") == []
    assert gazetteer.suggest("") == []
    assert isinstance(gazetteer.suggest("a" * 10_000), list)


def test_label_names_the_district_unless_it_is_the_place_itself():
    assert gazetteer.resolve("Zábřeh").label == "Zábřeh (Ostrava-Jih)"
    assert gazetteer.resolve("Poruba").label == "Poruba"
    assert gazetteer.resolve("70030").label == "PSČ 700 30 (Ostrava-Jih)"
