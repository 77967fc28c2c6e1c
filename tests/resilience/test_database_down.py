"""The database goes away: a Czech 503 page; it comes back: pages work without a restart."""

import logging

import pytest
from django.db import connections

from portal.models import StandardPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def broken_settings(settings_dict):
    """The same database, but somewhere it cannot be reached."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return {**settings_dict, "NAME": "/nonexistent-directory/portal.sqlite3"}
    return {**settings_dict, "HOST": "127.0.0.1", "PORT": "1"}


@pytest.fixture
def database_outage():
    """Call ``down()`` / ``up()``; Django has to open a brand-new connection after ``up()``."""
    connection = connections["default"]
    connection.ensure_connection()
    original_settings = connection.settings_dict
    # Keep the test's connection aside (an in-memory SQLite database lives only while a
    # connection to it is open); Django itself sees no connection and must open one.
    kept = connection.connection

    def down():
        connection.connection = None
        connection.settings_dict = broken_settings(original_settings)

    def up():
        connection.settings_dict = original_settings

    yield down, up
    connection.settings_dict = original_settings
    if connection.connection is not None and connection.connection is not kept:
        connection.connection.close()
    connection.connection = kept


@pytest.fixture
def info_page(home_page, settings):
    settings.PAGE_CACHE_ENABLED = False  # every request must really reach the database
    page = home_page.add_child(instance=StandardPage(title="Pomoc v nouzi", slug="pomoc"))
    page.save_revision().publish()
    return page


def test_outage_shows_czech_503_and_recovery_needs_no_restart(
    client, info_page, database_outage, caplog
):
    down, up = database_outage
    assert client.get("/pomoc/").status_code == 200

    down()
    with caplog.at_level(logging.ERROR, logger="portal.resilience.middleware"):
        outage = client.get("/pomoc/")
        search = client.get("/hledat/", {"q": "pomoc"})

    print(f"\nDatabase down: {outage.status_code}, Retry-After {outage['Retry-After']} s")
    assert outage.status_code == 503
    assert search.status_code == 503
    assert outage["Retry-After"] == "60"
    assert "Portál je dočasně nedostupný" in outage.text
    assert "Traceback" not in outage.text and "OperationalError" not in outage.text
    assert "Database unavailable" in caplog.text

    up()
    recovered = client.get("/pomoc/")
    print(f"Database back: {recovered.status_code}")
    assert recovered.status_code == 200
    assert "Pomoc v nouzi" in recovered.text
    assert connections["default"].connection is not None


def test_outage_in_the_admin_gives_the_same_page(admin_client, info_page, database_outage):
    down, up = database_outage
    assert admin_client.get("/admin/").status_code == 200

    down()
    # The session is read by a middleware, outside any view: handler500 answers with the page
    # (the test client would otherwise re-raise the exception it logged).
    admin_client.raise_request_exception = False
    response = admin_client.get("/admin/pages/")

    assert response.status_code == 503
    assert "dočasně nedostupný" in response.text
    up()
    assert admin_client.get("/admin/pages/").status_code == 200
