"""Relevance of the portal's search on tests/search/relevance.yaml (not part of the test suite).

    .venv/bin/python bench/relevance.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python bench/relevance.py

Loads the demo content into the database of DATABASE_URL (default: /tmp/bench-relevance.sqlite3,
migrated on first run) and prints, for the catalogue's cases and the site search's, recall@3, MRR
and the zero-result rate on that database's index, and every query whose good answer is not in
the top 3.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench-relevance.sqlite3")


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from portal.demo import load_demo
    from portal.search.engine import current_index
    from portal.search.relevance import (
        evaluate,
        load_cases,
        mean_reciprocal_rank,
        recall_at,
        zero_result_rate,
    )

    call_command("migrate", verbosity=0)
    load_demo(log=lambda message: None)
    cases = load_cases()
    outcomes = evaluate(cases)
    groups = {
        "catalogue": [o for o, case in zip(outcomes, cases, strict=True) if "types" in case],
        "site search": [o for o, case in zip(outcomes, cases, strict=True) if "types" not in case],
    }
    print(f"Index: {type(current_index()).__name__} on {connection.vendor}")
    for name, group in groups.items():
        print(
            f"{name:<12} | {len(group):3} queries | recall@3 {recall_at(group):.3f} | "
            f"MRR {mean_reciprocal_rank(group):.3f} | zero results {zero_result_rate(group):.1%}"
        )
    for outcome in outcomes:
        if not outcome.rank or outcome.rank > 3:
            print(f"  miss: {outcome.query!r} (rank {outcome.rank}) -> {outcome.found[:3]}")


if __name__ == "__main__":
    main()
