"""Benchmark of sorting the catalogue by distance at 7 000 services (not part of the test suite).

    .venv/bin/python bench/catalogue_distance.py

A synthetic catalogue (``generate_catalogue``, seed 1, one provider per three services) is built
in ``/tmp/bench-catalogue-distance-7000.sqlite3`` and reused on later runs. For each query the
script prints the median and p95 time of the catalogue page through Django's test client and
its number of SQL queries; the same query without a place is the baseline. Budget: a place adds
at most one SQL query and at most 100 ms to the median.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 7000
REPEAT = 20
QUERIES = {
    "vše": {},
    "vše, poblíž": {"poloha": "49.8300,18.1650"},
    "vše, kde=Zábřeh": {"kde": "Zábřeh"},
    "text": {"q": "pecovatelska sluzba"},
    "text, poblíž": {"q": "pecovatelska sluzba", "poloha": "49.8300,18.1650"},
    "filtr + kde": {"oblast": "seniori", "kde": "700 30"},
}


def main():
    os.environ["DATABASE_URL"] = f"sqlite:////tmp/bench-catalogue-distance-{SIZE}.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from catalogue.models import ServicePage
    from catalogue.synthetic import generate_catalogue

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < SIZE:
        generate_catalogue(providers=SIZE // 3, services=SIZE, seed=1)
        call_command("update_index", verbosity=0)
    client = Client()
    client.get("/katalog/")
    print(f"{ServicePage.objects.count()} služeb")
    for label, params in QUERIES.items():
        timings = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            response = client.get("/katalog/", params)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
        with CaptureQueriesContext(connection) as queries:
            client.get("/katalog/", params)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"{label:<18} | median {statistics.median(timings):7.1f} ms | "
            f"p95 {p95:7.1f} ms | {len(queries):>3} SQL"
        )


if __name__ == "__main__":
    main()
