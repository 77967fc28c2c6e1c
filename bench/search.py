"""Benchmark of the catalogue search, the site search and the suggestions at national scale.

    .venv/bin/python bench/search.py            # 7 000 services
    .venv/bin/python bench/search.py 70000      # or any size

Uses ``/tmp/bench-search-<size>.sqlite3`` (or DATABASE_URL), builds the synthetic catalogue
(``generate_catalogue``, seed 1) and the search index on the first run, then prints the median
and p95 time and the SQL queries of an uncached catalogue search with text, two filters and all
facet counts, next to the site search and the suggestions, in the same process (test settings:
no page cache, so every request searches; the small vocabularies stay cached as in production).
Not part of the test suite.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 7000
REPEAT = 20
CATALOGUE = [
    {"q": "pecovatelska sluzba", "forma": "terenni", "skupina": "seniori"},
    {"q": "nemam kde spat", "forma": "pobytova", "obvod": "poruba"},
    {"q": "domovy pro seniory", "oblast": "seniori", "obvod": "ostrava-jih"},
    {"q": "dluhy", "forma": "ambulantni", "skupina": "osoby-v-krizi"},
]
SEARCHES = ["domovy pro seniory", "pecovatelska sluzba poruba", "dluhy", "xylofon", "senjorry"]
SUGGESTIONS = ["do", "pecovatelska", "azylovy d", "osobni asistence"]


def measure(client, url, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        response = client.get(url, params)
        timings.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:////tmp/bench-search-{SIZE}.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from catalogue.models import CatalogueIndexPage, ServicePage
    from portal.models import SearchEntry
    from portal.search import indexing

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < SIZE:
        from catalogue.synthetic import generate_catalogue

        start = time.perf_counter()
        generate_catalogue(providers=max(1, SIZE // 3), services=SIZE, seed=1)
        print(f"synthetic catalogue built in {time.perf_counter() - start:.0f} s")
    if SearchEntry.objects.filter(kind="sluzba").count() < SIZE:
        start = time.perf_counter()
        indexing.rebuild()
        print(f"search index built in {time.perf_counter() - start:.0f} s")
    client = Client()
    catalogue = CatalogueIndexPage.objects.live().first().url
    rows = [(catalogue, params) for params in CATALOGUE]
    rows += [("/hledat/", {"q": text}) for text in SEARCHES]
    rows += [("/hledat/napoveda/", {"q": text}) for text in SUGGESTIONS]
    print(f"{ServicePage.objects.live().count()} services")
    for url, params in rows:
        median, p95, sql = measure(client, url, params)
        shown = " ".join(f"{key}={value}" for key, value in params.items())
        print(f"{url:<18} | {shown:<52} | median {median:6.1f} ms | p95 {p95:6.1f} ms | {sql} SQL")


if __name__ == "__main__":
    main()
