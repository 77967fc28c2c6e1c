"""Relevance of the site search on tests/search/relevance.yaml (not part of the test suite).

    .venv/bin/python bench/relevance.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python bench/relevance.py

Loads the demo content into the database of DATABASE_URL (default: /tmp/bench-relevance.sqlite3,
migrated on first run) and prints recall@3, MRR and every query whose expected page is not in
the top 3, for the configured search backend.
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
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from portal.demo import load_demo
    from portal.search.relevance import evaluate, load_cases, mean_reciprocal_rank, recall_at

    call_command("migrate", verbosity=0)
    load_demo(log=lambda message: None)
    outcomes = evaluate(load_cases())
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    print(f"Backend: {backend} on {connection.vendor}; queries: {len(outcomes)}")
    print(f"recall@3: {recall_at(outcomes):.3f}")
    print(f"MRR:      {mean_reciprocal_rank(outcomes):.3f}")
    for outcome in outcomes:
        if not outcome.rank or outcome.rank > 3:
            print(f"  miss: {outcome.query!r} (rank {outcome.rank}) -> {outcome.found[:3]}")


if __name__ == "__main__":
    main()
