"""The search index in the database: what is written reaches it, and it ranks and counts."""

import pytest
from django.db import connection

from portal.models import SearchEntry, SearchFacet
from portal.search.analysis import analyse
from portal.search.engine import SearchRequest, object_ids, search

pytestmark = pytest.mark.django_db


def entry(title, body="", keywords="", facets=(), kind="stranka"):
    """An entry written as the indexer writes it: facet rows, and their tokens in the index."""
    from portal.search.index_schema import facet_tokens
    from portal.search.normalise import fold, index_stems

    by_name = {}
    for name, value in facets:
        by_name.setdefault(name, []).append(value)
    made = SearchEntry.objects.create(
        source=f"test:{title}",
        kind=kind,
        title=title,
        url="/",
        text=body,
        title_stems=index_stems(title),
        keywords=index_stems(keywords),
        stems=index_stems(body),
        folded_title=" " + " ".join(fold(title)) + " ",
        facet_tokens=facet_tokens(by_name),
    )
    SearchFacet.objects.bulk_create(
        SearchFacet(entry=made, name=name, value=value) for name, value in facets
    )
    return made


def titles(text, **request):
    found = search(SearchRequest(analysis=analyse(text), **request))
    return [found_entry.title for found_entry in found.entries]


def test_saved_updated_and_deleted_entries_reach_the_index():
    shelter = entry("Azylový dům")
    assert titles("azylovy dum") == ["Azylový dům"]

    SearchEntry.objects.filter(pk=shelter.pk).update(title_stems="nocleharn")
    assert titles("azylovy dum") == []
    assert titles("noclehárna") == ["Azylový dům"]

    SearchEntry.objects.all().delete()
    assert titles("noclehárna") == []


def test_the_index_is_the_databases_own():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name = 'portal_searchfts'")
        else:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE indexname = 'portal_searchentry_vector'"
            )
        assert cursor.fetchone()


def test_title_weighs_more_than_keywords_and_keywords_more_than_body():
    entry("Poradna", body="Pomoc s dluhy a exekucemi.")
    entry("Dluhová poradna")
    entry("Poradna Ukázka", keywords="dluhy")

    assert titles("dluhy") == ["Dluhová poradna", "Poradna Ukázka", "Poradna"]


def test_entries_with_every_word_only_when_asked():
    entry("Azylový dům pro muže")
    entry("Azylový dům pro matky s dětmi")

    every = titles("azylovy dum matky", match_all=True)
    any_word = titles("azylovy dum matky")

    assert every == ["Azylový dům pro matky s dětmi"]
    assert any_word == ["Azylový dům pro matky s dětmi", "Azylový dům pro muže"]


def test_facet_counts_or_within_a_facet_and_across_facets():
    entry("Azyl A", facets=[("druh", "azyl"), ("obvod", "poruba")], kind="sluzba")
    entry("Azyl B", facets=[("druh", "azyl"), ("obvod", "jih")], kind="sluzba")
    entry("Domov C", facets=[("druh", "domov"), ("obvod", "poruba")], kind="sluzba")

    result = search(
        SearchRequest(
            kinds=("sluzba",),
            filters={"obvod": ["poruba"]},
            facets=("druh", "obvod"),
            order="title",
        )
    )

    assert [found.title for found in result.entries] == ["Azyl A", "Domov C"]
    assert result.total == 2
    assert result.facet_counts == {
        "druh": {"azyl": 1, "domov": 1},
        "obvod": {"poruba": 2, "jih": 1},  # its own choice does not narrow it
    }


def _counted_one_by_one(entries, text_matches, chosen, names):
    """Facet counts as the catalogue defines them, entry by entry: a value of facet F counts
    the entries that match the text and every chosen facet other than F."""
    counts = {name: {} for name in names}
    for title, facets in entries:
        if title not in text_matches:
            continue
        for name in names:
            if all(
                any((other, value) in facets for value in values)
                for other, values in chosen.items()
                if other != name
            ):
                for facet_name, value in facets:
                    if facet_name == name:
                        counts[name][value] = counts[name].get(value, 0) + 1
    return counts


@pytest.mark.parametrize(
    "chosen",
    [
        {"druh": ["azyl"], "obvod": ["poruba"]},
        {"druh": ["azyl", "domov"], "obvod": ["jih"], "forma": ["terenni"]},
        {"forma": ["pobytova"]},
    ],
)
def test_facet_counts_with_several_choices_match_counting_one_by_one(chosen):
    import itertools

    made = []
    values = itertools.product(
        ["azyl", "domov", "poradna"], ["poruba", "jih"], ["terenni", "pobytova"]
    )
    for number, (kind, district, form) in enumerate(values):
        facets = [("druh", kind), ("obvod", district), ("forma", form)]
        if number % 3 == 0:
            facets.append(("obvod", "hrabova"))  # a service in two districts
        title = f"Služba {number} pomoc" if number % 4 else f"Služba {number}"
        entry(title, body=title, facets=facets, kind="sluzba")
        made.append((title, facets))
    names = ("druh", "obvod", "forma")

    result = search(
        SearchRequest(
            analysis=analyse("pomoc"), kinds=("sluzba",), filters=chosen, facets=names, limit=50
        )
    )

    matching = {title for title, _ in made if "pomoc" in title}
    expected = _counted_one_by_one(made, matching, chosen, names)
    assert result.facet_counts == expected
    hits = {
        title
        for title, facets in made
        if title in matching
        and all(any((n, v) in facets for v in values) for n, values in chosen.items())
    }
    assert {found.title for found in result.entries} == hits
    assert result.total == len(hits)


def test_paging_and_all_ids():
    made = [entry(f"Poradna {n}", kind="sluzba") for n in range(5)]
    for position, found in enumerate(made):
        SearchEntry.objects.filter(pk=found.pk).update(object_id=100 + position)

    second = search(SearchRequest(kinds=("sluzba",), order="title", offset=2, limit=2))
    beyond = search(SearchRequest(kinds=("sluzba",), order="title", offset=10, limit=2))

    assert [found.title for found in second.entries] == ["Poradna 2", "Poradna 3"]
    assert second.total == 5
    assert (beyond.entries, beyond.total) == ([], 5)
    assert object_ids(SearchRequest(kinds=("sluzba",), order="title")) == [
        100,
        101,
        102,
        103,
        104,
    ]


def test_after_a_rebuild_postgresql_plans_on_fresh_statistics():
    from django.test.utils import CaptureQueriesContext

    from portal.search import indexing

    with CaptureQueriesContext(connection) as queries:
        indexing.rebuild()

    analysed = [query["sql"] for query in queries.captured_queries if "ANALYZE" in query["sql"]]
    if connection.vendor == "postgresql":
        assert analysed == ['ANALYZE "portal_searchentry", "portal_searchfacet"']
    else:
        assert analysed == []


def test_a_filter_value_unlike_a_slug_still_filters_inside_the_index():
    entry("Poradna A", facets=[("obvod", 'Nová "Bělá" OR x*')], kind="sluzba")
    entry("Poradna B", facets=[("obvod", "poruba")], kind="sluzba")

    odd = search(SearchRequest(kinds=("sluzba",), filters={"obvod": ['Nová "Bělá" OR x*']}))
    unknown = search(SearchRequest(kinds=("sluzba",), filters={"obvod": ['" OR "poruba']}))

    assert [found.title for found in odd.entries] == ["Poradna A"]
    assert (unknown.entries, unknown.total) == ([], 0)


def test_replacing_a_facet_rewrites_what_the_index_filters_by():
    from portal.search import indexing

    first = entry("Noclehárna", facets=[("druh", "nocleharny")], kind="sluzba")
    second = entry("Azylový dům", facets=[("druh", "azylove-domy")], kind="sluzba")
    SearchEntry.objects.filter(pk=first.pk).update(object_id=1)
    SearchEntry.objects.filter(pk=second.pk).update(object_id=2)

    indexing.replace_facet("sluzba", "situace", {1: ["nemam-kde-prespat"], 2: []})

    found = search(SearchRequest(kinds=("sluzba",), filters={"situace": ["nemam-kde-prespat"]}))
    assert [found_entry.title for found_entry in found.entries] == ["Noclehárna"]
    assert dict(SearchEntry.objects.values_list("title", "facet_tokens")) == {
        "Noclehárna": "druh:nocleharny situace:nemam-kde-prespat",
        "Azylový dům": "druh:azylove-domy",
    }


def test_facet_counts_follow_every_write_to_the_index():
    """The counts come from bitmaps each process keeps beside the index; a write to the index
    (here one that no page or snippet signal announces) is counted by the next search."""
    from portal.search import indexing

    first = entry("Noclehárna", facets=[("obvod", "poruba")], kind="sluzba")
    second = entry("Azylový dům", facets=[("obvod", "poruba")], kind="sluzba")
    SearchEntry.objects.filter(pk=first.pk).update(object_id=1)
    SearchEntry.objects.filter(pk=second.pk).update(object_id=2)
    request = SearchRequest(kinds=("sluzba",), facets=("obvod",))
    assert search(request).facet_counts == {"obvod": {"poruba": 2}}

    indexing.replace_facet("sluzba", "obvod", {1: ["jih"], 2: ["poruba", "jih"]})
    assert search(request).facet_counts == {"obvod": {"jih": 2, "poruba": 1}}

    indexing._forget_keys([second.source])
    assert search(request).facet_counts == {"obvod": {"jih": 1}}


def test_a_facet_value_unlike_a_slug_is_counted():
    entry("Poradna A", facets=[("obvod", 'Nová "Bělá" OR x*')], kind="sluzba")
    entry("Poradna B", facets=[("obvod", "poruba")], kind="sluzba")

    found = search(SearchRequest(analysis=analyse("poradna"), kinds=("sluzba",), facets=("obvod",)))

    assert found.facet_counts == {"obvod": {'Nová "Bělá" OR x*': 1, "poruba": 1}}


def test_a_search_that_finds_nothing_without_filters_counts_nothing():
    from django.test.utils import CaptureQueriesContext

    entry("Noclehárna", facets=[("obvod", "poruba")], kind="sluzba")
    request = SearchRequest(analysis=analyse("kosmonaut"), kinds=("sluzba",), facets=("obvod",))

    with CaptureQueriesContext(connection) as queries:
        found = search(request)

    assert (found.total, found.facet_counts) == (0, {"obvod": {}})
    assert len(queries) == 1  # the page of results; no ids of the text, no bitmaps
