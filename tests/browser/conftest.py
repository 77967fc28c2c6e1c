"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Fixtures:

- ``browser``: headless Chromium from ``/usr/bin/chromium`` (never a downloaded browser), started
  once for all the tests of this directory. Without Chromium the tests skip with the reason,
  unless ``REQUIRE_BROWSER=1`` (set by ``.ci/run``), when they fail.
- ``page``: a fresh browser context (Czech locale, desktop viewport) whose relative URLs go to
  the live server: ``page.goto("/")``; ``new_page(viewport=...)`` opens more, with other
  options. A JavaScript error on a page fails the test.
- ``live_demo``: a live server (pytest-django's) with the demo content (``load_demo``), loaded
  once for this directory; ``live_demo.url_of("portal.standardpage")`` gives the URL of one
  live page of that type.
- ``axe_check``: ``axe_check(page)`` runs axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the
  page and fails with a readable list of the violations.

Every test in this directory is marked ``browser`` (``pytest -m "not browser"`` leaves them out)
and ``django_db``.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page, Site

from portal.demo import load_demo
from tests.database_state import default_connection, migrated_state, restore

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
DESKTOP = {"width": 1280, "height": 800}
TIMEOUT_MS = 15_000

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    "resultTypes": ["violations"],
}

BROWSER_DIR = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark the tests here ``browser`` and ``django_db`` (plain, not transactional).

    The database mark makes pytest-django set up the test database and run these tests among
    the first; ``live_demo`` commits the demo once and removes it after the last of them.
    """
    for item in items:
        if BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db)


def _browser_unavailable(reason):
    """Skip the browser tests, or fail them when the environment requires a browser."""
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (REQUIRE_BROWSER=1: the browser tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser(django_db_setup):
    """Headless Chromium, shared by the tests of this directory.

    Playwright's sync API keeps an asyncio event loop running in the main thread for as long
    as it is started. Django reacts to a running loop in two ways, both handled here:

    - it refuses ORM calls, so its guard is lifted (``DJANGO_ALLOW_ASYNC_UNSAFE``);
    - it keeps database connections in a separate, per-context store, so the test would get new
      connection objects, not those the test database was set up with (and that the live server
      shares for in-memory SQLite). The existing connections are put into that store too.

    The fixture has package scope, not session scope, so that the loop stops (and Django's
    guard comes back) as soon as the last browser test has run.
    """
    if not os.access(CHROMIUM, os.X_OK):
        _browser_unavailable(
            f"Chromium not found at {CHROMIUM}: install Debian's package "
            "(apt-get install chromium) to run the browser tests"
        )
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as error:
        _browser_unavailable(f"Playwright is not installed ({error}): pip install -e '.[dev]'")

    previous_guard = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    databases = {alias: connections[alias] for alias in connections}
    playwright = sync_playwright().start()
    for alias, connection in databases.items():
        connections[alias] = connection
    try:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=60_000
        )
    except Error as error:
        playwright.stop()
        _restore_env("DJANGO_ALLOW_ASYNC_UNSAFE", previous_guard)
        first_line = str(error).strip().splitlines()[0]
        _browser_unavailable(f"Chromium at {CHROMIUM} did not start: {first_line}")
    yield chromium
    chromium.close()
    playwright.stop()
    _restore_env("DJANGO_ALLOW_ASYNC_UNSAFE", previous_guard)


def _restore_env(name, value):
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@dataclass
class DemoServer:
    """The live server with the demo content, and where to find its pages."""

    url: str
    page_urls: dict = field(default_factory=dict)  # {"app.model": URL of one live page}
    # A superuser committed with the demo: the live server sees only committed rows, and on
    # PostgreSQL a user a test creates inside its transaction stays invisible to it.
    admin_username: str = "spravce-testu"
    admin_password: str = "spravce-testu-heslo"

    def url_of(self, page_type):
        return self.page_urls[page_type]


@pytest.fixture(scope="package")
def live_demo(django_db_setup, django_db_blocker):
    """A live server with the demo content (``portal.demo.load_demo``), for this directory.

    The demo is big (hundreds of pages), so it is committed once for all the tests here rather
    than loaded for each. After the last of them the database is emptied and given back its
    state after migrations, before the tests of other directories run. What a test saves
    through the browser (a form, say) may stay until then: don't let other tests depend on it.
    """
    with django_db_blocker.unblock():
        connection = default_connection()
        state = migrated_state(connection)
    server = None
    try:
        with django_db_blocker.unblock():
            cache.clear()
            load_demo(log=lambda message: None)
            # pytest-django's LiveServer, not its ``live_server`` fixture: that one would make
            # every test transactional and empty the database after each.
            server = LiveServer("localhost")
            # Wagtail picks the site by the Host header (and falls back to the default site);
            # make the live server's host and port the default site's own, so that absolute
            # URLs (canonical, og:url) point at the live server too.
            site = Site.objects.get(is_default_site=True)
            site.hostname = server.thread.host
            site.port = server.thread.port
            site.save()
            demo = DemoServer(url=server.url, page_urls=one_live_page_per_type(site))
            get_user_model().objects.create_superuser(
                demo.admin_username, "spravce-testu@example.org", demo.admin_password
            )
        yield demo
    finally:
        if server is not None:
            server.stop()
        with django_db_blocker.unblock():
            restore(connection, state)


def one_live_page_per_type(site):
    """{"app.model": URL} of the shallowest live page of each page type under the site."""
    pages = (
        Page.objects.live()
        .descendant_of(site.root_page, inclusive=True)
        .select_related("content_type")
        .order_by("depth", "path")
    )
    urls = {}
    for page in pages:
        label = f"{page.content_type.app_label}.{page.content_type.model}"
        if label not in urls:
            urls[label] = page.get_url()
    return urls


@pytest.fixture
def new_page(browser, live_demo):
    """Open pages in fresh contexts: ``new_page(viewport=..., device_scale_factor=...)``.

    Fails the test if JavaScript on a page throws an uncaught error.
    """
    contexts = []
    errors = []

    def open_page(viewport=DESKTOP, **context_options):
        context = browser.new_context(
            locale="cs-CZ",
            timezone_id="Europe/Prague",
            base_url=live_demo.url,
            viewport=viewport,
            **context_options,
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        opened = context.new_page()
        opened.on("pageerror", lambda error: errors.append(f"{opened.url}: {error}"))
        return opened

    yield open_page
    for context in contexts:
        context.close()
    assert not errors, "JavaScript errors on the page:\n" + "\n".join(errors)


@pytest.fixture
def page(new_page):
    """A page in a fresh browser context with a desktop viewport and Czech locale."""
    return new_page()


def axe_violations(page):
    """Run axe-core's WCAG 2.x A/AA rules on the page; return the violations found."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [v for v in (_without_map_markers(v) for v in violations) if v["nodes"]]


def _without_map_markers(violation):
    """Map markers may overlap where places are close: WCAG 2.5.8 exempts them because the list
    under the map offers the same links ("equivalent" exception); everything else still counts."""
    if violation["id"] == "target-size":
        violation["nodes"] = [
            node for node in violation["nodes"] if "leaflet-marker-icon" not in node.get("html", "")
        ]
    return violation


def format_violations(url, violations):
    """A readable report: one entry per rule with its impact, help and the offending nodes."""
    lines = [f"axe found {len(violations)} WCAG 2.x A/AA violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact') or 'unknown impact'}): "
            f"{violation['help']}"
        )
        lines.append(f"    {violation['helpUrl']}")
        for node in violation["nodes"][:10]:
            target = " ".join(
                " >> ".join(part) if isinstance(part, list) else part for part in node["target"]
            )
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            if summary:
                lines.append(f"       {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def check_accessibility(page):
    """Assert that axe finds no WCAG 2.x A/AA violation on the page as it is now."""
    violations = axe_violations(page)
    if violations:
        pytest.fail(format_violations(page.url, violations), pytrace=False)


@pytest.fixture
def axe_check():
    """``axe_check(page)``: fail with a readable report if axe finds a WCAG A/AA violation."""
    return check_accessibility
