"""The site search finds the expected page in the top 3 for realistic citizen queries."""

import pytest

from portal.search.relevance import evaluate, load_cases, mean_reciprocal_rank, recall_at

pytestmark = pytest.mark.django_db


def test_relevance_set_is_large_enough():
    assert len(load_cases()) >= 60


def test_recall_at_3_on_the_demo_content(demo_site):
    outcomes = evaluate(load_cases())

    misses = [(o.query, o.found[:3]) for o in outcomes if not o.rank or o.rank > 3]
    assert recall_at(outcomes) >= 0.9, misses
    assert mean_reciprocal_rank(outcomes) > 0.8
