"""Benchmark of ``/katalog/mapa.geojson`` at 7 000 services (not part of the test suite).

    .venv/bin/python bench/geojson.py              # 7 000 services
    .venv/bin/python bench/geojson.py --size 700   # another size

The synthetic catalogue (``bench.bulk_catalogue``: the content of ``generate_catalogue``, seed
1, one provider per three services, each service with one place, written in bulk) is built once
in ``/tmp/bench-geojson-<size>.sqlite3`` and reused.
For a fixed set of searches it prints the median and p95 time of the GeoJSON through Django's
test client, the median CPU time, the number of features, the body's size and the number of SQL
queries (with every cache empty), in three cases: "znovu", the body computed anew for every
request (each with a parameter of its own that the search ignores, so the body is never in the
cache; no conditional request) while the process already holds the encoded features of the
places; "po změně", the same as the first request of a worker after a publication (the
process's vocabularies and place features are read again); "z cache", the same search again
within five minutes, as most map views are. Budget: median ≤ 50 ms at 7 000 services.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 7000
REPEAT = 30
BUDGET_MS = 50
# "znovu": the response computed anew (not in the cache), the places' features already encoded in
# this process; "po změně": as the first request after a publication, the features encoded
# again too; "z cache": the same search again within five minutes.
MODES = ["znovu", "po změně", "z cache"]
QUERIES = {
    "vše": {},
    "jen text": {"q": "azylovy dum"},
    "jen filtry": {"oblast": "seniori", "forma": "terenni"},
    "text + 3 filtry": {
        "q": "pecovatelska sluzba",
        "oblast": "seniori",
        "forma": "terenni",
        "obvod": "poruba",
    },
}


def run_size(size, repeat=REPEAT):
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.bulk_catalogue import generate
    from catalogue.models import ServicePage

    call_command("migrate", verbosity=0)
    if ServicePage.objects.count() < size:
        generate(services=size, seed=1, log=lambda message: print(message, flush=True))
    client = Client()
    url = "/katalog/mapa.geojson"
    client.get(url)
    from portal.search import cached

    worst = dict.fromkeys(MODES, 0.0)
    for mode in MODES:
        for label, params in QUERIES.items():
            cold = mode != "z cache"
            timings, cpu = [], []
            for number in range(repeat):
                asked = {**params, "beh": f"{label}-{number}"} if cold else params
                if mode == "po změně":
                    cached._loaded.clear()  # as after a publication: the places encoded again
                start, start_cpu = time.perf_counter(), time.process_time()
                response = client.get(url, asked)
                timings.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            assert response.status_code == 200, response.status_code
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                client.get(url, params)
            features = response.content.count(b'"Feature"')
            timings.sort()
            median = statistics.median(timings)
            worst[mode] = max(worst[mode], median)
            p95 = timings[int(len(timings) * 0.95) - 1]
            print(
                f"{size:>5} | {mode:<8} | {label:<16} | "
                f"median {median:6.1f} ms | p95 {p95:6.1f} ms | "
                f"CPU median {statistics.median(cpu):6.1f} ms | {features:>5} míst | "
                f"{len(response.content) / 1024:6.0f} KB | {len(queries):>2} SQL"
            )
    for mode in MODES:
        verdict = "v limitu" if worst[mode] <= BUDGET_MS else "NAD LIMITEM"
        print(f"{mode}: nejhorší medián {worst[mode]:.1f} ms, limit {BUDGET_MS} ms: {verdict}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--repeat", type=int, default=REPEAT, help="requests per search")
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.here:
        run_size(args.size, args.repeat)
        return
    print(
        " size | odpověď  | dotaz            | medián | p95 | medián CPU | místa | velikost | SQL"
    )
    env = {**os.environ, "DATABASE_URL": f"sqlite:////tmp/bench-geojson-{args.size}.sqlite3"}
    command = [sys.executable, __file__, "--size", str(args.size), "--repeat", str(args.repeat)]
    command.append("--here")
    subprocess.run(command, env=env, check=True)


if __name__ == "__main__":
    main()
