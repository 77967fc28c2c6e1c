"""Fixtures shared by the whole suite."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from portal.demo import load_demo
from portal.demo.site import ensure_home_page
from tests.database_state import default_connection, migrated_state, restore


def _quiet(message):
    return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the tests that read the demo content last, so that it is loaded once for all of them.

    ``trylast``: after pytest-django has put the database tests first.
    """
    items.sort(key=lambda item: "demo_site" in getattr(item, "fixturenames", ()))


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: cached pages and rate limits don't leak between
    tests (a rolled-back transaction does not invalidate what was cached during it)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The site's home page, with the default site pointing at it."""
    return ensure_home_page(_quiet)


@pytest.fixture(scope="session")
def _committed_demo(django_db_setup, django_db_blocker):
    """The demo, loaded and committed once for the session; removed after the last test."""
    with django_db_blocker.unblock():
        connection = default_connection()
        state = migrated_state(connection)
        home = load_demo(log=_quiet)
    yield home.pk
    with django_db_blocker.unblock():
        restore(connection, state)


@pytest.fixture
def demo_site(_committed_demo, db):
    """The complete demo content, as `make run` builds it; returns the home page.

    Each test runs in a transaction on top of the committed demo, so what it changes is
    rolled back after it.
    """
    return Page.objects.get(pk=_committed_demo).specific
