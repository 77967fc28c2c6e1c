"""Benchmark of the site search and the suggestions on 6 000 synthetic services.

    .venv/bin/python bench/search.py

Uses ``/tmp/bench-search-6000.sqlite3`` (or DATABASE_URL), builds the synthetic catalogue
(``generate_catalogue``, seed 1) and the search entries on the first run, then prints the median
and p95 time and the number of SQL queries of /hledat/ and /hledat/napoveda/ for a fixed set of
queries. Not part of the test suite.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 6000
REPEAT = 10
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

    from catalogue.models import ServicePage
    from portal.models import SearchEntry
    from portal.search import indexing

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < SIZE:
        from catalogue.synthetic import generate_catalogue

        start = time.perf_counter()
        generate_catalogue(providers=SIZE // 3, services=SIZE, seed=1)
        print(f"synthetic catalogue built in {time.perf_counter() - start:.0f} s")
    if SearchEntry.objects.count() < SIZE:
        start = time.perf_counter()
        indexing.rebuild()
        print(f"search entries built in {time.perf_counter() - start:.0f} s")
    client = Client()
    for url, queries in (("/hledat/", SEARCHES), ("/hledat/napoveda/", SUGGESTIONS)):
        for text in queries:
            median, p95, sql = measure(client, url, {"q": text})
            print(
                f"{url:<18} | {text:<28} | median {median:7.1f} ms | p95 {p95:7.1f} ms | {sql} SQL"
            )


if __name__ == "__main__":
    main()
