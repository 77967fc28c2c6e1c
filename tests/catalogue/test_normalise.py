"""What a citizen types is reduced to the same form as the services' text."""

from catalogue.search.normalise import MAX_QUERY_TERMS, index_text, query_terms
from catalogue.templatetags.catalogue_tags import cs_plural


def test_typing_without_diacritics_or_in_capitals_gives_the_same_terms():
    assert query_terms("DOMOV PRO SENIORY") == query_terms("domov pro seniory")
    assert query_terms("pěstounská péče") == query_terms("pestounska pece")


def test_inflected_forms_share_a_stem_that_begins_the_indexed_words():
    document = index_text("Domovy pro seniory a pečující")
    for typed in ["domov pro seniory", "seniorům", "seniorech", "pecujici"]:
        for variants in query_terms(typed):
            assert any(f" {variant}" in document for variant in variants), typed


def test_dum_finds_domy_and_dum():
    assert [["dum", "dom"]] == query_terms("dům")
    assert " dom" in index_text("Azylový dům")


def test_query_keeps_a_bounded_number_of_terms():
    assert len(query_terms(" ".join(f"slovo{n}" for n in range(100)))) == MAX_QUERY_TERMS
    assert query_terms("!!! ??? ...") == []


def test_czech_plural_of_services():
    forms = "služba,služby,služeb"
    assert [cs_plural(n, forms) for n in (0, 1, 2, 4, 5, 22)] == [
        "služeb",
        "služba",
        "služby",
        "služby",
        "služeb",
        "služeb",
    ]
