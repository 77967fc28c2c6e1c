"""Benchmark of the catalogue page at 7 000 and at 70 000 services (not part of the test suite).

    .venv/bin/python bench/catalogue.py             # both sizes, each in its own SQLite file
    .venv/bin/python bench/catalogue.py --size 7000 # one size (used by the line above)

Each size gets a synthetic catalogue written in bulk (``bench.bulk_catalogue``, seed 1, one
provider per three services) in ``/tmp/bench-search-<size>.sqlite3`` (shared with
bench/search.py), reused on later runs. For a fixed set of queries it prints the median and p95
time of the catalogue page through Django's test client, the median CPU time of the process
(Python and SQLite; robust when other work shares the machine), and the number of SQL queries.
Budget: the query count is the same at both sizes and the median at 70 000 is at most three
times the median at 7 000.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (7000, 70000)
REPEAT = 30
QUERIES = {
    "prázdný": {},
    "jen text": {"q": "azylovy dum"},
    "jen filtry": {"oblast": "seniori", "forma": "terenni"},
    "text + 3 filtry": {
        "q": "pecovatelska sluzba",
        "oblast": "seniori",
        "forma": "terenni",
        "obvod": "poruba",
    },
}


def run_size(size):
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.bulk_catalogue import generate
    from catalogue.models import ServicePage

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < size:
        generate(services=size, seed=1)
    client = Client()
    client.get("/katalog/")
    for label, params in QUERIES.items():
        timings, cpu = [], []
        for _ in range(REPEAT):
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get("/katalog/", params)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get("/katalog/", params)
        assert response.status_code == 200, response.status_code
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"{size:>5} | {label:<16} | median {statistics.median(timings):7.1f} ms | "
            f"p95 {p95:7.1f} ms | CPU median {statistics.median(cpu):7.1f} ms | "
            f"{len(queries):>3} SQL"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    if args.size:
        run_size(args.size)
        return
    print(" size | dotaz            |         medián |            p95 |   medián času CPU | dotazy")
    for size in SIZES:
        env = {**os.environ, "DATABASE_URL": f"sqlite:////tmp/bench-search-{size}.sqlite3"}
        subprocess.run([sys.executable, __file__, "--size", str(size)], env=env, check=True)


if __name__ == "__main__":
    main()
