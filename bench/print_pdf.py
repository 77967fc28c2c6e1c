"""Benchmark of the printed catalogue's PDF ``/katalog/tisk.pdf`` (not part of the test suite).

    .venv/bin/python bench/print_pdf.py                   # the whole demo catalogue
    .venv/bin/python bench/print_pdf.py --synthetic 7000  # 7 000 synthetic services (capped)

The demo (``migrate``, ``load_demo``, ``update_index``) is built once in
``/tmp/bench-print-pdf.sqlite3`` and reused; the synthetic catalogue (``generate_catalogue``,
seed 1) in ``/tmp/bench-print-pdf-<size>.sqlite3``. Each PDF is rendered ``--repeat`` times
through Django's test client (no page cache); the script prints the wall-clock and CPU time of
each, the number of pages, the size and the number of SQL queries. On a busy machine the
wall-clock time includes waiting for a core; the CPU time is what the rendering costs.
Budget: the whole demo catalogue in ≤ 10 s.
"""

import argparse
import io
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_SECONDS = 10
EDITIONS = {
    "celý katalog": {},
    "obvod Poruba": {"obvod": "poruba"},
    "oblast Senioři": {"oblast": "seniori"},
}


def run(synthetic, repeat):
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from pypdf import PdfReader

    from catalogue.models import ServicePage

    call_command("migrate", verbosity=0)
    if synthetic:
        from catalogue.synthetic import generate_catalogue

        if ServicePage.objects.count() < synthetic:
            generate_catalogue(providers=synthetic // 3, services=synthetic, seed=1)
    elif not ServicePage.objects.exists():
        call_command("load_demo", verbosity=0)
        call_command("update_index", verbosity=0)
    print(f"{ServicePage.objects.live().count()} služeb v databázi")
    client = Client(HTTP_HOST="localhost")
    client.get("/katalog/")  # warm the vocabularies and the search index
    worst = 0.0
    with override_settings(PAGE_CACHE_ENABLED=False):
        for label, params in EDITIONS.items():
            for attempt in range(repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get("/katalog/tisk.pdf", params)
                wall = time.perf_counter() - start
                cpu = time.process_time() - start_cpu
                assert response.status_code == 200, response.status_code
                pages = len(PdfReader(io.BytesIO(response.content)).pages)
                if label == "celý katalog":
                    worst = max(worst, wall)
                print(
                    f"{label:<16} | {attempt + 1}. | {wall:6.2f} s | CPU {cpu:6.2f} s | "
                    f"{pages:>3} stran | {len(response.content) / 1024:6.0f} KB | "
                    f"{len(queries):>2} SQL"
                )
    verdict = "v limitu" if worst <= BUDGET_SECONDS else "NAD LIMITEM"
    print(f"celý katalog nejhůře {worst:.2f} s, limit {BUDGET_SECONDS} s: {verdict}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=0, help="počet syntetických služeb")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.here:
        run(args.synthetic, args.repeat)
        return
    name = f"bench-print-pdf-{args.synthetic}" if args.synthetic else "bench-print-pdf"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:////tmp/{name}.sqlite3"),
        "MEDIA_ROOT": os.environ.get("MEDIA_ROOT", f"/tmp/{name}-media"),
    }
    command = [sys.executable, __file__, "--synthetic", str(args.synthetic)]
    command += ["--repeat", str(args.repeat), "--here"]
    subprocess.run(command, env=env, check=True)


if __name__ == "__main__":
    main()
