"""Random, malformed and hostile requests never make the portal fail with a 5xx.

A short version of ``bench/fuzz.py``: the same generated requests (fixed seed) to every public
page type, its routes and forms, and every path of the HSDS OpenAPI description, on a small site.
"""

import datetime
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from bench.fuzz import all_targets, fuzz
from plans.demo.helpers import add_structure
from plans.models import (
    CommunityPlanPage,
    MeetingMinutesPage,
    PlanningIndexPage,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child
from portal.models import StandardPage
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.catalogue.conftest import catalogue, sample  # noqa: F401  (a small catalogue)
from tests.plans.builders import plan_structure

pytestmark = pytest.mark.django_db

REQUESTS_PER_URL = 8


@pytest.fixture
def small_site(home_page, sample):  # noqa: F811
    """One page of every public type."""
    ensure_child(home_page, StandardPage, "o-portalu", title="O portálu")
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        campaign=campaign,
        registration_enabled=True,
        start=timezone.now() + timedelta(days=5),
    )
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), campaign=campaign)
    planning = ensure_child(home_page, PlanningIndexPage, "komunitni-planovani", title="KP")
    today = timezone.localdate()
    plan = ensure_child(
        planning,
        CommunityPlanPage,
        "plan",
        title="Komunitní plán",
        period_start=2025,
        period_end=2028,
        status=PlanStatus.CONSULTATION,
        consultation_start=today - timedelta(days=3),
        consultation_end=today + timedelta(days=10),
    )
    add_structure(plan, plan_structure())
    groups = ensure_child(planning, WorkingGroupIndexPage, "pracovni-skupiny", title="Skupiny")
    group = ensure_child(groups, WorkingGroupPage, "deti", title="Děti", purpose="<p>Děti.</p>")
    ensure_child(
        group,
        MeetingMinutesPage,
        "zapis",
        title="Zápis",
        meeting_date=datetime.date(2018, 3, 8),
        place="Prokešovo nám. 8",
    )
    return home_page


def test_generated_bad_requests_never_get_a_server_error(small_site):
    targets, plausible = all_targets()
    assert len(targets) >= 35

    counts, failures = fuzz(
        Client(raise_request_exception=False),
        targets,
        plausible,
        REQUESTS_PER_URL,
        derandomize=True,
    )

    assert sum(counts.values()) >= 250
    assert counts[200] > 0 and counts[400] + counts[404] > 0
    assert not failures, failures[:5]


@pytest.mark.parametrize(
    "params",
    [
        {"do": "9999-12-31"},
        {"od": "9999-12-31"},
        {"od": "0001-01-01", "do": "0001-01-02"},
        {"mesic": "9999-12"},
    ],
)
def test_dates_at_the_ends_of_the_calendar_are_refused_in_czech(client, home_page, params):
    """Found by bench/fuzz.py: the last day of year 9999 overflowed into a 500."""
    EventIndexPageFactory(parent=home_page)

    response = client.get("/akce/", params)

    assert response.status_code == 200
    assert "Zadejte datum mezi roky 1900 a 2999." in response.content.decode() or (
        "Měsíc zadejte ve tvaru RRRR-MM" in response.content.decode()
    )
