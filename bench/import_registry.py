"""Benchmark of ``import_registry`` at 600 and 6 000 services (not part of the test suite).

    .venv/bin/python bench/import_registry.py             # both sizes, each in a fresh process
    .venv/bin/python bench/import_registry.py --size 600  # one size (used by the line above)
    .venv/bin/python bench/import_registry.py --keep      # reuse the last run's databases

Each size gets a generated registry file (``bench/registry_file.py``) and a fresh SQLite
database in ``/tmp/bench-import-registry-<size>.sqlite3`` with the catalogue's taxonomy and
index. It prints the wall time of the first import (everything created) and of the second
(everything unchanged, under tracemalloc, which slows it about threefold: its time is not
comparable; an untraced re-import of the file's first 60 items warms the caches up before it),
the peak of Python allocations during the second import and the process's peak resident
memory before and after each import. Budget: peak memory at 6 000 stays within 20 %
of the peak at 600.
"""

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (600, 6000)
WARM_UP = 60


def measure(label, size, function, trace):
    """Time ``function``; with ``trace``, also the peak of its Python allocations (slower)."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    report = function()
    elapsed = time.perf_counter() - start
    peak = ""
    if trace:
        peak = f"špička alokací {tracemalloc.get_traced_memory()[1] / 2**20:5.1f} MiB | "
        tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = report.counts("services")
    print(
        f"{size:>5} | {label:<12} | {elapsed:6.1f} s | {size / elapsed:4.0f} služeb/s | {peak}"
        f"max. RSS {rss_before:4.0f} → {rss:4.0f} MiB | {dict(counts)}",
        flush=True,
    )


def run_size(size, keep=False):
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.core.management import call_command

    from bench.registry_file import write_registry_file
    from catalogue.demo import taxonomy
    from catalogue.importers.registry import import_registry
    from catalogue.models import CatalogueIndexPage, ServicePage
    from portal.demo.pages import ensure_child
    from portal.demo.site import ensure_home_page

    call_command("migrate", verbosity=0)
    home = ensure_home_page(lambda message: None)
    taxonomy.load(home, lambda message: None)
    if not CatalogueIndexPage.objects.exists():
        ensure_child(home, CatalogueIndexPage, "katalog", None, title="Katalog sociálních služeb")
    path = Path(f"/tmp/bench-registry-{size}.json")
    if keep and path.exists() and ServicePage.objects.count() >= size:
        print(f"{size:>5} | první import přeskočen (--keep: databáze minulého běhu)", flush=True)
    else:
        write_registry_file(path, size)
        megabytes = path.stat().st_size / 2**20
        print(f"{size:>5} | soubor {megabytes:.1f} MiB", flush=True)
        measure("první import", size, lambda: import_registry(path), trace=False)
    head = write_head(path, Path(f"/tmp/bench-registry-{size}-head.json"), WARM_UP)
    measure("zahřátí", WARM_UP, lambda: import_registry(head), trace=False)
    measure("opakovaný", size, lambda: import_registry(path), trace=True)


def write_head(source, target, count):
    """The first ``count`` items of ``source``: a re-import of them warms up every lazy cache
    (imports, SQL compilers) so that the traced run measures only what grows with the file."""
    import ijson

    with source.open("rb") as stream, target.open("w", encoding="utf-8") as out:
        items = itertools.islice(ijson.items(stream, "polozky.item", use_float=True), count)
        json.dump({"polozky": list(items)}, out, ensure_ascii=False)
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int)
    parser.add_argument("--keep", action="store_true", help="reuse the databases of the last run")
    args = parser.parse_args()
    if args.size:
        run_size(args.size, args.keep)
        return
    for size in SIZES:
        database = Path(f"/tmp/bench-import-registry-{size}.sqlite3")
        if not args.keep:
            database.unlink(missing_ok=True)
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
        command = [sys.executable, __file__, "--size", str(size)] + ["--keep"] * args.keep
        subprocess.run(command, env=env, check=True)


if __name__ == "__main__":
    main()
