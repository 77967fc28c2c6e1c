"""Czech plural forms in the catalogue's texts (the search's normalisation: tests/search/)."""

from catalogue.templatetags.catalogue_tags import cs_plural


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
