"""Citizens, relatives and social workers find fitting answers in the top three, on the demo
content, on whichever database the suite runs (tests/search/relevance.yaml)."""

import pytest

from portal.search.relevance import (
    evaluate,
    load_cases,
    mean_reciprocal_rank,
    recall_at,
    zero_result_rate,
)

pytestmark = pytest.mark.django_db

EVERYDAY_PHRASINGS = [
    "nemam kde spat",
    "spim venku",
    "tyra me manzel",
    "partner me bije",
    "syn bere drogy",
    "mama ma alzheimera",
    "chci adoptovat dite",
    "psychiatricka pomoc",
    "tata po mrtvici potrebuje pomoc doma",
    "mam exekuci a nevim co dal",
]


def catalogue_cases():
    return [case for case in load_cases() if "types" in case]


def test_relevance_set_is_large_and_has_the_everyday_phrasings():
    queries = [case["q"] for case in catalogue_cases()]

    assert len(queries) >= 200
    assert set(EVERYDAY_PHRASINGS) <= set(queries)


def test_recall_at_3_and_zero_results_on_the_demo_content(demo_site):
    cases = load_cases()
    outcomes = evaluate(cases)
    catalogue = [o for o, case in zip(outcomes, cases, strict=True) if "types" in case]
    site = [o for o, case in zip(outcomes, cases, strict=True) if "types" not in case]

    for group in (catalogue, site):
        misses = [(o.query, o.found[:3]) for o in group if not o.rank or o.rank > 3]
        assert recall_at(group) >= 0.9, misses
        assert zero_result_rate(group) <= 0.02, [o.query for o in group if not o.total]
    assert mean_reciprocal_rank(site) > 0.8


def test_everyday_phrasings_find_fitting_services_in_the_top_three(demo_site):
    cases = [case for case in catalogue_cases() if case["q"] in EVERYDAY_PHRASINGS]

    misses = [(o.query, o.found[:3]) for o in evaluate(cases) if not o.rank or o.rank > 3]

    assert misses == []
