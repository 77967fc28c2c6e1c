"""Benchmark of the catalogue search, the site search and the suggestions at national scale.

    .venv/bin/python bench/search.py            # 7 000 services
    .venv/bin/python bench/search.py 70000      # or any size

Uses ``/tmp/bench-search-<size>.sqlite3`` (or DATABASE_URL), builds the synthetic catalogue
in bulk (``bench.bulk_catalogue``, seed 1) with its search index on the first run (minutes at
70 000 services; the file is kept for later runs), then prints the median and p95 time, the
median CPU time and the SQL queries of an uncached catalogue search with text, two filters and
all facet counts, next to the site search and the suggestions, in the same process (test
settings: no page cache, so every request searches; the small vocabularies stay cached as in
production). The last lines put the catalogue's median next to the site search's.

Budgets (issue 15): at 7 000 services the catalogue's median at most 25 ms and at most 1.5 × the
site search's; at 70 000 at most 3 × the figure at 7 000. Not part of the test suite.
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
    """(timings in ms, CPU times in ms, SQL queries) of ``REPEAT`` requests of ``url``."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, cpu = [], []
    for _ in range(REPEAT):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, params)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    return sorted(timings), cpu, len(queries)


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:////tmp/bench-search-{SIZE}.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from catalogue.models import CatalogueIndexPage, ServicePage

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < SIZE:
        from bench.bulk_catalogue import generate

        start = time.perf_counter()
        generate(services=SIZE, seed=1, log=lambda message: print(message, flush=True))
        print(
            f"synthetic catalogue and its search index built in {time.perf_counter() - start:.0f} s"
        )
    client = Client()
    catalogue = CatalogueIndexPage.objects.live().first().url
    rows = [("katalog", catalogue, params) for params in CATALOGUE]
    rows += [("hledat", "/hledat/", {"q": text}) for text in SEARCHES]
    rows += [("napoveda", "/hledat/napoveda/", {"q": text}) for text in SUGGESTIONS]
    print(f"{ServicePage.objects.live().count()} services")
    pooled = {}
    for group, url, params in rows:
        timings, cpu, sql = measure(client, url, params)
        pooled.setdefault(group, []).extend(timings)
        shown = " ".join(f"{key}={value}" for key, value in params.items())
        print(
            f"{url:<18} | {shown:<52} | median {statistics.median(timings):6.1f} ms | "
            f"p95 {timings[int(len(timings) * 0.95) - 1]:6.1f} ms | "
            f"CPU {statistics.median(cpu):6.1f} ms | {sql} SQL"
        )
    catalogue_median = statistics.median(pooled["katalog"])
    site_median = statistics.median(pooled["hledat"])
    print(
        f"catalogue search (text + 2 filters + facets): median {catalogue_median:.1f} ms; "
        f"site search: median {site_median:.1f} ms; ratio {catalogue_median / site_median:.2f}"
    )


if __name__ == "__main__":
    main()
