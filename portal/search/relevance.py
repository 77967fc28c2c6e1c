"""Measuring the site search on tests/search/relevance.yaml: recall@3 and MRR."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from portal.search.query import search_entries

RELEVANCE_FILE = Path(__file__).resolve().parents[2] / "tests" / "search" / "relevance.yaml"
TOP = 3


@dataclass
class Outcome:
    query: str
    found: list
    rank: int | None  # 1-based rank of the first expected title, None if not in the top 10


def load_cases(path=RELEVANCE_FILE):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def evaluate(cases):
    outcomes = []
    for case in cases:
        found = [entry.title for entry in search_entries(case["q"])[:10]]
        expected = set(case["expect"])
        rank = next((i + 1 for i, title in enumerate(found) if title in expected), None)
        outcomes.append(Outcome(case["q"], found, rank))
    return outcomes


def recall_at(outcomes, top=TOP):
    return sum(1 for o in outcomes if o.rank and o.rank <= top) / len(outcomes)


def mean_reciprocal_rank(outcomes):
    return sum(1 / o.rank for o in outcomes if o.rank) / len(outcomes)
