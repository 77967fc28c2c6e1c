"""Builders for plans, working groups and libraries, shared by the plan tests."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from plans.models import CommunityPlanPage, PlanningIndexPage, WorkingGroupIndexPage
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child
from tests.plans.builders import plan_structure


@pytest.fixture(autouse=True)
def fresh_cache():
    """The comment rate limit lives in the cache; every test starts without history."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def planning_index(home_page):
    return ensure_child(
        home_page, PlanningIndexPage, "komunitni-planovani", title="Komunitní plánování"
    )


@pytest.fixture
def groups_index(planning_index):
    return ensure_child(
        planning_index, WorkingGroupIndexPage, "pracovni-skupiny", title="Pracovní skupiny"
    )


@pytest.fixture
def make_plan(planning_index):
    """Create and publish a plan; by default a draft with its consultation open today."""

    def build(slug="plan", measures_per_goal=2, goals=2, group=None, **fields):
        today = timezone.localdate()
        defaults = {
            "title": "Komunitní plán pro seniory",
            "period_start": 2025,
            "period_end": 2028,
            "status": PlanStatus.CONSULTATION,
            "consultation_start": today - datetime.timedelta(days=3),
            "consultation_end": today + datetime.timedelta(days=10),
            "structure": plan_structure(measures_per_goal, goals, group=group),
        }
        defaults.update(fields)
        return ensure_child(planning_index, CommunityPlanPage, slug, **defaults)

    return build


@pytest.fixture
def plans_demo(home_page):
    """Only this section's demo content (faster than the whole ``demo_site``)."""
    from plans.demo import load

    load(home_page, lambda message: None)
    return home_page
