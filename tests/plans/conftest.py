"""Builders for plans, working groups and libraries, shared by the plan tests."""

import pytest
from django.core.cache import cache

from plans.models import WorkingGroupIndexPage
from portal.demo.pages import ensure_child
from tests.plans import builders


@pytest.fixture(autouse=True)
def fresh_cache():
    """The comment rate limit lives in the cache; every test starts without history."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def planning_index(home_page):
    return builders.planning_index(home_page)


@pytest.fixture
def groups_index(planning_index):
    return ensure_child(
        planning_index, WorkingGroupIndexPage, "pracovni-skupiny", title="Pracovní skupiny"
    )


@pytest.fixture
def make_plan(planning_index):
    """Create and publish a plan; by default a draft with its consultation open today."""

    def build(slug="plan", **fields):
        return builders.consultation_plan(planning_index, slug, **fields)

    return build


@pytest.fixture
def plans_demo(home_page):
    """Only this section's demo content (faster than the whole ``demo_site``)."""
    from plans.demo import load

    load(home_page, lambda message: None)
    return home_page
