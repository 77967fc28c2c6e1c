"""Facet counts as intersections of bitmaps: what a count means, without a database."""

from pyroaring import BitMap

from portal.search.facet_bitmaps import FacetBitmaps, id_bitmap


def bitmaps():
    # entries 1-3 are services, 4 a provider; 1 and 2 in Poruba, 3 on Jih and in Poruba
    return FacetBitmaps(
        kinds={"sluzba": BitMap([1, 2, 3]), "poskytovatel": BitMap([4])},
        values={
            "obvod": {"poruba": BitMap([1, 2, 3, 4]), "jih": BitMap([3])},
            "forma": {"terenni": BitMap([1]), "pobytova": BitMap([2, 3])},
        },
    )


def test_ids_as_databases_aggregate_them():
    assert id_bitmap("3,5,8") == BitMap([3, 5, 8])
    assert id_bitmap("") == BitMap()
    assert id_bitmap(None) == BitMap()
    assert id_bitmap([2, 1]) == BitMap([1, 2])


def test_counts_among_the_matches_leave_out_values_no_match_has():
    counts = bitmaps().counts(BitMap([1, 2]), ("obvod", "forma"), {})

    assert counts == {"obvod": {"poruba": 2}, "forma": {"terenni": 1, "pobytova": 1}}


def test_a_chosen_facet_counts_its_other_options_and_narrows_the_rest():
    services = bitmaps().of_kinds(("sluzba",))

    counts = bitmaps().counts(services, ("obvod", "forma"), {"forma": ["pobytova"]})

    assert counts == {
        "obvod": {"poruba": 2, "jih": 1},  # of the residential services only
        "forma": {"terenni": 1, "pobytova": 2},  # its own choice does not narrow it
    }


def test_choices_are_or_within_a_facet_and_and_across_facets():
    services = bitmaps().of_kinds(("sluzba",))
    chosen = {"obvod": ["jih", "neznamy"], "forma": ["terenni", "pobytova"]}

    counts = bitmaps().counts(services, ("obvod", "forma"), chosen)

    assert counts == {"obvod": {"poruba": 3, "jih": 1}, "forma": {"pobytova": 1}}


def test_entries_of_every_kind_when_no_kind_is_named():
    assert bitmaps().of_kinds(()) == BitMap([1, 2, 3, 4])
    assert bitmaps().of_kinds(("neznamy",)) == BitMap()
