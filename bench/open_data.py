"""Benchmark of the HSDS open-data API and export at 600 and 6 000 services (not in the suite).

    .venv/bin/python bench/open_data.py             # both sizes, each in its own SQLite file
    .venv/bin/python bench/open_data.py --size 600  # one size (used by the line above)

Each size uses a synthetic catalogue (``generate_catalogue``, seed 1, one provider per three
services) in ``/tmp/bench-open-data-<size>.sqlite3``, reused on later runs. Printed per size:
the time of ``/api/hsds/services?per_page=100`` (median of several runs) and its SQL queries
(also at per_page=5: the count must not depend on the page size), then the time and the peak
Python memory (tracemalloc, measured in a separate run) of the whole ``format=ndjson`` stream
and of ``export_hsds``. Budget: the ndjson peak stays within 20 % between 600 and 6 000.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (600, 6000)
REPEAT = 5


def measure(action):
    """(seconds, peak MiB): time from a plain run, peak memory from a traced one."""
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, result


def run_size(size):
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from catalogue.hsds.export import export_package
    from catalogue.models import ServicePage
    from catalogue.synthetic import generate_catalogue

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < size:
        generate_catalogue(providers=size // 3, services=size, seed=1)
    client = Client()
    client.get("/api/hsds/services")

    timings = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        response = client.get("/api/hsds/services", {"per_page": 100, "full": "true"})
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    queries = {}
    for per_page in (5, 100):
        with CaptureQueriesContext(connection) as captured:
            client.get("/api/hsds/services", {"per_page": per_page, "full": "true"})
        queries[per_page] = len(captured)
    print(
        f"{size:>5} | services?per_page=100&full=true | median {statistics.median(timings):7.1f} ms"
        f" | SQL {queries[100]} (per_page=5: {queries[5]})"
    )

    def stream():
        response = client.get("/api/hsds/services", {"format": "ndjson"})
        return sum(chunk.count(b"\n") for chunk in response.streaming_content)

    seconds, peak, lines = measure(stream)
    print(f"{size:>5} | format=ndjson ({lines} řádků) | {seconds:7.2f} s | peak {peak:6.1f} MiB")

    def export():
        with tempfile.TemporaryDirectory() as target:
            counts = export_package(Path(target) / "hsds.zip")
        return counts["services.csv"]

    seconds, peak, rows = measure(export)
    print(f"{size:>5} | export_hsds .zip ({rows} služeb) | {seconds:7.2f} s | peak {peak:6.1f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int)
    args = parser.parse_args()
    if args.size:
        run_size(args.size)
        return
    for size in SIZES:
        database = Path(f"/tmp/bench-open-data-{size}.sqlite3")
        ready = Path(f"/tmp/bench-catalogue-{size}.sqlite3")  # same generator and seed
        if not database.exists() and ready.exists():
            shutil.copy(ready, database)
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
        subprocess.run([sys.executable, __file__, "--size", str(size)], env=env, check=True)


if __name__ == "__main__":
    main()
