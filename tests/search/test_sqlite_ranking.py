"""On SQLite the site search ranks in one query exactly as Wagtail's backend would."""

import pytest

from portal.models import SearchEntry
from portal.search import sqlite_ranking
from portal.search.normalise import stems

pytestmark = pytest.mark.django_db

ENTRIES = [
    ("Domov pro seniory Lipa", "Pobytová služba pro seniory se sníženou soběstačností."),
    ("Domov se zvláštním režimem", "Péče o seniory s demencí, domov v Porubě."),
    ("Pečovatelská služba", "Pomoc seniorům v domácnosti, dovoz obědů."),
    ("Azylový dům pro muže", "Ubytování pro osoby bez přístřeší."),
    ("Noclehárna", "Přespání pro osoby bez domova."),
    ("Dluhová poradna", "Poradenství lidem v dluzích a exekucích."),
]


@pytest.fixture
def entries(db):
    for number, (title, text) in enumerate(ENTRIES):
        SearchEntry.objects.create(
            source=f"test:{number}",
            kind=SearchEntry.Kind.SERVICE if number < 5 else SearchEntry.Kind.PAGE,
            title=title,
            url=f"/sluzba-{number}/",
            text=text,
            title_stems=" ".join(stems(title, keep_stop_words=True)),
            stems=" ".join(stems(f"{title} {text}", keep_stop_words=True)),
        )


@pytest.mark.parametrize(
    "terms, kind",
    [
        (["domov", "senior"], None),
        (["osob", "bez", "pristres"], None),
        (["senior", "dluh"], SearchEntry.Kind.SERVICE),
        (["xylofon"], None),
    ],
)
def test_ranked_entries_match_wagtail_search(entries, terms, kind):
    if not sqlite_ranking.available():
        pytest.skip("only with Wagtail's database backend on SQLite FTS5")
    wagtail = SearchEntry.objects.all()
    if kind:
        wagtail = wagtail.filter(kind=kind)
    expected = [entry.title for entry in wagtail.search(" ".join(terms), operator="or")]
    assert bool(expected) == (terms != ["xylofon"])

    ranked = sqlite_ranking.RankedEntries(terms, kind)

    assert [entry.title for entry in ranked[0:10]] == expected
    assert ranked.count() == len(expected)
    assert [entry.title for entry in ranked[1:3]] == expected[1:3]
