"""Fixtures borrowed from the campaigns and plans tests (events and plans to act on)."""

import pytest
from django.core.cache import cache

from tests.campaigns.conftest import event_index  # noqa: F401
from tests.editors.conftest import as_coordinator, as_editor_a, catalogue, world  # noqa: F401
from tests.plans.conftest import make_plan, planning_index  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Public forms count attempts in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()
