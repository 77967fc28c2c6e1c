"""Measuring search on tests/search/relevance.yaml: recall@3, MRR and the zero-result rate.

A case with ``expect`` (page titles) is asked of the site search; a case with ``types``
(service type names) is asked of the catalogue, as /katalog/ asks it (typo correction and the
partial answer included), and is answered well when a service of one of those types is among
the first three.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml
from anyascii import anyascii
from django.utils.text import slugify

from portal.models import SearchFacet
from portal.search.engine import SearchRequest
from portal.search.query import RESULT_KINDS, answer, lexicon

RELEVANCE_FILE = Path(__file__).resolve().parents[2] / "tests" / "search" / "relevance.yaml"
TOP = 3
DEPTH = 10
SERVICE_KIND = "sluzba"
TYPE_FACET = "druh"


@dataclass
class Outcome:
    query: str
    found: list  # titles, or service type slugs of the catalogue's results
    rank: int | None  # 1-based rank of the first good answer, None if not in the top DEPTH
    total: int


def load_cases(path=RELEVANCE_FILE):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def _slug(name):
    return slugify(anyascii(name))[:80]


def _ask(case, words):
    kinds = (SERVICE_KIND,) if "types" in case else RESULT_KINDS
    found = answer(case["q"], lambda a: SearchRequest(analysis=a, kinds=kinds, limit=DEPTH), words)
    return found.result


def evaluate(cases):
    words = lexicon()
    outcomes = []
    for case in cases:
        result = _ask(case, words)
        if "types" in case:
            types = dict(
                SearchFacet.objects.filter(
                    entry__in=[entry.pk for entry in result.entries], name=TYPE_FACET
                ).values_list("entry_id", "value")
            )
            found = [types.get(entry.pk, "") for entry in result.entries]
            expected = {_slug(name) for name in case["types"]}
        else:
            found = [entry.title for entry in result.entries]
            expected = set(case["expect"])
        rank = next((i + 1 for i, item in enumerate(found) if item in expected), None)
        outcomes.append(Outcome(case["q"], found, rank, result.total))
    return outcomes


def recall_at(outcomes, top=TOP):
    return sum(1 for o in outcomes if o.rank and o.rank <= top) / len(outcomes)


def mean_reciprocal_rank(outcomes):
    return sum(1 / o.rank for o in outcomes if o.rank) / len(outcomes)


def zero_result_rate(outcomes):
    return sum(1 for o in outcomes if not o.total) / len(outcomes)
