"""Load benchmark of the portal as production serves it (not part of the test suite).

    .venv/bin/python bench/load.py                 # SQLite; PostgreSQL too when DATABASE_URL is set
    .venv/bin/python bench/load.py --duration 5    # seconds of load per address (default 10)

For each database it prepares the demo content and the 7 000-service synthetic catalogue
(``bench.bulk_catalogue``, seed 1; SQLite in /tmp/perf_load.sqlite3, reused on later runs), collects
the static files, starts Redis (if installed) on 127.0.0.1:8169 and gunicorn with the production
settings on 127.0.0.1:8160, and loads each address with ``wrk`` (or a bounded Python load
generator when wrk is missing). It prints requests/s, p50 and p99 latency per address, each
address's share of the static-file ceiling, the peak memory of every gunicorn worker and the
home page's transfer size on a first visit.

The catalogue's text search is loaded twice: once rotating through the catalogue queries of
tests/search/relevance.yaml, each with two filters (a district and a form, rotating too), so that
no two consecutive requests ask the same; and once repeating one query. Searches are never served
from the page cache (it keeps only addresses without a query string, see the "page cache" column),
so both figures are of searches answered anew.

Budgets (issues 9 and 15): cached pages at least 50 % of the static ceiling; the uncached catalogue
search with filters p99 under 10 × its p50; the rotating catalogue text search at least
100 requests/s with 2 workers; every worker under 250 MB.
"""

import argparse
import contextlib
import gzip
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
PORT = 8160
REDIS_PORT = 8169
SQLITE_URL = "sqlite:////tmp/perf_load.sqlite3"
STATIC_ROOT = "/tmp/perf_load_static"
SIZE = 7000
CONNECTIONS = 16
GUNICORN_LOG = "/tmp/perf_load_gunicorn.log"
RELEVANCE = ROOT / "tests" / "search" / "relevance.yaml"
ROTATION = 200  # distinct catalogue searches the rotating load goes through


def server_env(database_url, port):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-" + "k3y!" * 12,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "False",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": STATIC_ROOT,
        "MEDIA_ROOT": "/tmp/perf_load_media",
        "TASKS_BACKEND": "immediate",
        "GUNICORN_BIND": f"{HOST}:{port}",
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
        "GUNICORN_THREADS": os.environ.get("GUNICORN_THREADS", "2"),
        "GUNICORN_MAX_REQUESTS": "0",  # the same workers all along: their memory is measured
    }
    env.pop("REDIS_URL", None)
    return env


def ensure_postgres_database(database):
    import psycopg

    server = psycopg.connect(
        host=database["HOST"] or None,
        port=database["PORT"] or None,
        user=database["USER"],
        password=database["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with server:
        exists = server.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]
        ).fetchone()
        if not exists:
            server.execute(f'CREATE DATABASE "{database["NAME"]}"')


def prepare():
    """(In a child process with the bench environment.) Content, then the addresses to load."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from bench.bulk_catalogue import generate
    from campaigns.models import CampaignPage
    from catalogue.models import ServicePage
    from plans.models import CommunityPlanPage
    from portal.demo import load_demo

    if connection.vendor == "postgresql":
        ensure_postgres_database(connection.settings_dict)
    call_command("migrate", verbosity=0, interactive=False)
    if not CampaignPage.objects.exists():
        load_demo(log=lambda message: None)
    if ServicePage.objects.count() < SIZE:
        generate(services=SIZE, seed=1, log=lambda message: None)
    service = ServicePage.objects.live().filter(slug="sluzba-000").order_by("path").first()
    district = service.places.exclude(district=None).first().district
    found = {
        "campaign": CampaignPage.objects.live().first().get_url_parts()[2],
        "plan": CommunityPlanPage.objects.live().first().get_url_parts()[2],
        "service": service.get_url_parts()[2],
        "druh": service.service_type.slug,
        "obvod": district.slug,
        "catalogue_searches": catalogue_searches(),
    }
    print(json.dumps(found))


def catalogue_searches():
    """Addresses of ROTATION distinct catalogue searches: the relevance set's catalogue queries,
    each with a district and a form of the catalogue (rotating)."""
    from urllib.parse import urlencode

    import yaml

    from catalogue.models import CatalogueIndexPage, District, ServiceForm

    catalogue = CatalogueIndexPage.objects.live().first().get_url_parts()[2]
    texts = [case["q"] for case in yaml.safe_load(RELEVANCE.read_text()) if "types" in case]
    districts = list(District.objects.order_by("pk").values_list("slug", flat=True))
    forms = list(ServiceForm.objects.order_by("pk").values_list("slug", flat=True))
    return [
        f"{catalogue}?"
        + urlencode(
            {
                "q": texts[number % len(texts)],
                "obvod": districts[number % len(districts)],
                "forma": forms[(number // len(texts)) % len(forms)],
            }
        )
        for number in range(ROTATION)
    ]


def addresses(found, static_css):
    """(name, address or list of addresses to rotate through) to load one after another."""
    return [
        ("home page", "/"),
        (
            f"catalogue: {len(found['catalogue_searches'])} searches",
            found["catalogue_searches"],
        ),
        (
            "catalogue: 1 search repeated",
            f"/katalog/?q=pomoc&druh={found['druh']}&obvod={found['obvod']}",
        ),
        ("service page", found["service"]),
        ("events /akce/", "/akce/"),
        ("site search", "/hledat/?q=domovy%20pro%20seniory"),
        ("HSDS API services", "/api/hsds/services"),
        ("static CSS (ceiling)", static_css),
    ]


def run(command, env, **kwargs):
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def static_css_url():
    manifest = json.loads((Path(STATIC_ROOT) / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/portal.css"]


def wait_until_up(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"server did not answer {url}")


def fetch(path, encoding="identity"):
    request = urllib.request.Request(
        f"http://{HOST}:{PORT}{path}", headers={"Accept-Encoding": encoding}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), response.read()


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000}[unit]


ROTATING_SCRIPT = """
paths = {%s}
counter = 0
setup = function(thread)
  thread:set("counter", math.random(#paths))
end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[counter %% #paths + 1])
end
"""


def load_with_wrk(base, paths, duration):
    """wrk on ``paths`` (one address, or every one in turn) of ``base``."""
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}s", "--latency"]
    script = Path("/tmp/perf_load_rotation.lua")
    if len(paths) > 1:
        script.write_text(ROTATING_SCRIPT % ", ".join(json.dumps(path) for path in paths))
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, base + paths[0]], capture_output=True, text=True, check=True
    ).stdout
    if not re.search(r"^\s+50%\s+[\d.]+[a-z]+", output, re.M):
        sys.exit(f"wrk gave no latency figures for {paths[0]}:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+([\d.]+[a-z]+)", output, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+([\d.]+[a-z]+)", output, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def load_with_python(base, paths, duration):
    """Bounded fallback: CONNECTIONS threads, each sending requests one after another (through
    ``paths`` in turn, each thread from its own starting point)."""
    timings, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + duration

    def worker(number):
        sent = number
        while time.monotonic() < deadline:
            url = base + paths[sent % len(paths)]
            sent += 1
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                    ok = response.status == 200
            except OSError:
                ok = False
            with lock:
                timings.append((time.perf_counter() - start) * 1000)
                errors[0] += not ok

    threads = [threading.Thread(target=worker, args=(n * 7,)) for n in range(CONNECTIONS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.sort()
    elapsed = time.monotonic() - started
    p99 = timings[max(0, int(len(timings) * 0.99) - 1)]
    return len(timings) / elapsed, statistics.median(timings), p99, errors[0]


def worker_memory(master_pid):
    """Peak RSS and current PSS (MB) of every gunicorn worker (children of the master)."""
    workers = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
            rollup = (entry / "smaps_rollup").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) != master_pid:
            continue
        peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
        pss = int(re.search(r"Pss:\s+(\d+)", rollup).group(1)) / 1024
        workers.append((int(entry.name), peak, pss))
    return sorted(workers)


def home_transfer_size():
    """Bytes a first visit to the home page downloads (gzip where offered), with every stylesheet,
    script and image the HTML references."""
    _status, headers, body = fetch("/", "gzip")
    total = len(body)
    html = gzip.decompress(body).decode() if headers.get("Content-Encoding") == "gzip" else body
    html = html if isinstance(html, str) else html.decode()
    assets = set(re.findall(r'(?:href|src)="(/static/[^"]+)"', html))
    assets |= {
        url.split()[0]
        for srcset in re.findall(r'srcset="([^"]+)"', html)
        for url in srcset.split(",")[:1]
    }
    external = re.findall(r'(?:href|src)="(https?://[^"]+)"', html)
    for asset in sorted(assets):
        total += len(fetch(asset, "gzip")[2])
    return total, len(assets), [url for url in external if "<link" in url or "script" in url]


@contextlib.contextmanager
def serving(database_url, port):
    """Prepare the content, start Redis and gunicorn; yield the addresses to visit."""
    env = server_env(database_url, port)
    # Static files first: preparing renders pages, which production settings resolve through
    # the manifest that collectstatic writes.
    run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], env)
    found = json.loads(run([PYTHON, __file__, "--prepare"], env).strip().splitlines()[-1])
    redis = None
    if shutil.which("redis-server"):
        redis = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(REDIS_PORT - (port - PORT)),
                "--bind",
                HOST,
                "--save",
                "",
            ],
            stdout=subprocess.DEVNULL,
        )
        env["REDIS_URL"] = f"redis://{HOST}:{REDIS_PORT - (port - PORT)}/0"
    else:
        env["PAGE_CACHE_ENABLED"] = "True"  # per-worker memory cache: fine for a read-only bench
    with open(GUNICORN_LOG, "w") as log:
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "portal.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stderr=log,
        )
    try:
        wait_until_up(f"http://{HOST}:{port}/")
        yield env, server, found
    finally:
        for process in (server, redis):
            if process is not None:
                process.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def bench(database_url, label, duration):
    print(f"\n== {label}: {database_url}")
    with serving(database_url, PORT) as (env, server, found):
        static_css = static_css_url()
        _status, headers, _body = fetch(static_css)
        print(f"static file Cache-Control: {headers.get('Cache-Control')}")
        _status, headers, _body = fetch("/")
        print(f"home page Cache-Control: {headers.get('Cache-Control')}")
        tool = "wrk" if shutil.which("wrk") else "python"
        load = load_with_wrk if tool == "wrk" else load_with_python
        print(
            f"load: {tool}, {CONNECTIONS} connections, {duration} s per address, "
            f"{env['WEB_CONCURRENCY']} workers × {env['GUNICORN_THREADS']} threads"
        )
        results = []
        for name, path in addresses(found, static_css):
            paths = path if isinstance(path, list) else [path]
            try:
                for each in paths:
                    _status, headers, _body = fetch(each)  # every one answers, uncounted
            except urllib.error.HTTPError as error:
                print(f"{name}: {each} answers {error.code}, see {GUNICORN_LOG}")
                continue
            cache = headers.get("X-Page-Cache", "-")
            results.append((name, path, cache, *load(f"http://{HOST}:{PORT}", paths, duration)))
        ceiling = results[-1][3]
        print(
            f"{'address':<28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'p99/p50':>8} "
            f"{'ceiling':>8} {'errors':>6}  page cache"
        )
        for name, _path, cache, rps, p50, p99, errors in results:
            print(
                f"{name:<28} {rps:>8.0f} {p50:>8.1f} {p99:>8.1f} {p99 / p50:>8.1f} "
                f"{rps / ceiling:>7.0%} {errors:>6}  {cache}"
            )
        for pid, peak, pss in worker_memory(server.pid):
            print(f"gunicorn worker {pid}: peak RSS {peak:.0f} MB, PSS now {pss:.0f} MB")
        size, count, external = home_transfer_size()
        print(
            f"home page first visit: {size / 1024:.0f} KB transferred ({count} assets); "
            f"third-party requests: {len(external)}"
        )


def serve(port):
    """For bench/lighthouse.sh: serve the prepared portal and list the pages to audit."""
    with serving(SQLITE_URL, port) as (_env, server, found):
        for name, path in [
            ("home", "/"),
            ("catalogue-search", "/katalog/?q=pomoc"),
            ("catalogue-map", "/katalog/?q=pomoc&zobrazeni=mapa"),
            ("service", found["service"]),
            ("campaign", found["campaign"]),
            ("events", "/akce/"),
            ("plan", found["plan"]),
        ]:
            print(f"page {name} {path}")
        print("ready", flush=True)
        try:
            server.wait()
        except KeyboardInterrupt:
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help="serve for bench/lighthouse.sh")
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--postgres-only", action="store_true", help="skip the SQLite run")
    args = parser.parse_args()
    if args.prepare:
        prepare()
        return
    if args.serve:
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        serve(args.port)
        return
    if not args.postgres_only:
        bench(SQLITE_URL, "SQLite", args.duration)
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        bench(os.environ["DATABASE_URL"], "PostgreSQL", args.duration)


if __name__ == "__main__":
    main()
