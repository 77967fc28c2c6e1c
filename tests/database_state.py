"""Commit content to the test database for many tests at once, and give it back afterwards.

Loading the whole demo takes tens of seconds, too long to repeat for every test that reads it.
The fixtures that need it load it once, committed, and restore the database to its state after
migrations when they are done (as Django's TransactionTestCase does with ``serialized_rollback``).
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from wagtail.models import Page


def migrated_state(connection):
    """The database's contents after migrations, serialised, for ``restore`` later.

    Refuses any database but a test database, and repairs one an earlier fixture emptied.
    """
    name = str(connection.settings_dict["NAME"])
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if not (in_memory or name.startswith("test_")):
        pytest.fail(f"refusing to load the demo into {name}: not a test database")
    if Page.get_first_root_node() is None:
        serialized = getattr(connection, "_test_serialized_contents", None)
        if not serialized:
            pytest.fail("an earlier test emptied the database: Wagtail's root page is missing")
        connection.creation.deserialize_db_from_string(serialized)
    return connection.creation.serialize_db_to_string()


def restore(connection, serialized):
    """Empty the database and load ``serialized`` back; sequences keep counting."""
    call_command(
        "flush",
        interactive=False,
        inhibit_post_migrate=True,
        reset_sequences=False,
        verbosity=0,
    )
    connection.creation.deserialize_db_from_string(serialized)
    cache.clear()


def default_connection():
    return connections["default"]
