"""What a first visit to the home page downloads, as production serves it (budget: 50 KB).

    .venv/bin/python bench/home_weight.py               # demo content in /tmp/home_weight.sqlite3
    .venv/bin/python bench/home_weight.py --port 8175

It prepares the demo content (once; the SQLite file is reused), collects the static files, starts
gunicorn with the production settings (whitenoise's compressed static files, gzip for HTML) and
opens the home page in headless Chromium with an empty cache, at 360 × 800 (a phone, 2× pixels)
and at 1280 × 900. It prints the bytes transferred (compressed bodies, as the network carries
them; headers not counted) by kind, first for what loads with the page and then after scrolling
to the bottom, which also loads every lazy image.
"""

import argparse
import json
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import HOST, PYTHON, ROOT, server_env, wait_until_up  # noqa: E402

DATABASE_URL = "sqlite:////tmp/home_weight.sqlite3"
GUNICORN_LOG = "/tmp/home_weight_gunicorn.log"
BUDGET_KB = 50
VIEWPORTS = [("phone 360 × 800", 360, 800, 2, True), ("desktop 1280 × 900", 1280, 900, 1, False)]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def prepare(env):
    script = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "from portal.demo import load_demo\n"
        "from portal.models import HomePage\n"
        "call_command('migrate', verbosity=0, interactive=False)\n"
        "if not HomePage.objects.exists():\n"
        "    load_demo(log=lambda message: None)\n"
    )
    subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, check=True)
    collect = [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"]
    if subprocess.run(collect, cwd=ROOT, env=env).returncode != 0:
        # The home page loads no map: measure it even while a map library fails to collect.
        print("collectstatic failed (see above); collecting again without the map libraries")
        subprocess.run([*collect, "--ignore", "leaflet*"], cwd=ROOT, env=env, check=True)


def measure(url, width, height, scale, mobile):
    """Bytes by resource kind: (on load, after scrolling to the bottom)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": width, "height": height},
            device_scale_factor=scale,
            is_mobile=mobile,
            extra_http_headers={"Accept-Encoding": "gzip"},
        )
        page = context.new_page()
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))

        def tally():
            sizes = Counter()
            for request in finished:
                sizes[request.resource_type] += request.sizes()["responseBodySize"]
            return sizes

        page.goto(url, wait_until="load")
        page.wait_for_timeout(300)
        on_load = tally()
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(800)
        page.wait_for_load_state("networkidle")
        scrolled = tally()
        urls = [request.url for request in finished]
        browser.close()
    return on_load, scrolled, urls


def kb(n):
    return f"{n / 1024:.1f} KB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8175)
    parser.add_argument("--verbose", action="store_true", help="list every URL fetched")
    args = parser.parse_args()
    env = server_env(DATABASE_URL, args.port)
    env["STATIC_ROOT"] = "/tmp/home_weight_static"
    env["MEDIA_ROOT"] = "/tmp/home_weight_media"
    env["WEB_CONCURRENCY"] = "1"
    env["PAGE_CACHE_ENABLED"] = "True"
    prepare(env)
    with open(GUNICORN_LOG, "w") as log:
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "portal.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stderr=log,
        )
    worst = 0
    try:
        url = f"http://{HOST}:{args.port}/"
        wait_until_up(url)
        for label, width, height, scale, mobile in VIEWPORTS:
            on_load, scrolled, urls = measure(url, width, height, scale, mobile)
            worst = max(worst, sum(scrolled.values()))
            print(
                f"home page, {label}: {kb(sum(on_load.values()))} on load, "
                f"{kb(sum(scrolled.values()))} after scrolling to the bottom "
                f"({len(urls)} requests)"
            )
            print(
                "   by kind after scrolling: "
                + json.dumps(
                    {kind: kb(size) for kind, size in scrolled.most_common()}, ensure_ascii=False
                )
            )
            if args.verbose:
                print("\n".join(f"   {u}" for u in urls))
    finally:
        server.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    verdict = "within" if worst <= BUDGET_KB * 1024 else "OVER"
    print(f"largest first visit: {kb(worst)}, {verdict} the {BUDGET_KB} KB budget")
    return 0 if worst <= BUDGET_KB * 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
