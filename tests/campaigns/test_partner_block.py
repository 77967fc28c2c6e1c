"""Blocks that point at other pages show visitors only pages that are live.

A campaign's partner from the catalogue, a call to action, a plan's bearer and working group:
a provider that is still a draft (or was unpublished) is neither named nor linked.
"""

import pytest

from catalogue.editors.roles import setup_roles
from plans.demo.helpers import add_structure, chapter, goal, measure
from plans.models import CommunityPlanPage, PlanningIndexPage, WorkingGroupPage
from portal.demo.pages import ensure_child
from tests.campaigns.factories import CampaignPageFactory
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def providers(home_page):
    setup_roles()
    index = catalogue_factories.catalogue_index(home_page)
    live = catalogue_factories.provider(index, "Centrum pro rodinu", "centrum-pro-rodinu")
    draft = catalogue_factories.provider(
        index, "Tajný azyl – koncept", "tajny-azyl", ico="25840622"
    )
    draft.unpublish()
    return live, draft


def test_campaign_partners_list_only_providers_whose_page_is_live(
    client, campaign_index, providers
):
    live, draft = providers
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="Dejme dětem rodinu",
        partners=[
            ("provider", {"page": live, "role": "pořadatel"}),
            ("provider", {"page": draft, "role": "partner"}),
            ("organisation", {"name": "Nadace Světlo", "url": "https://svetlo.example.org/"}),
        ],
        body=[
            (
                "call_to_action",
                {"title": "Ozvěte se", "text": "<p>Text</p>", "link_page": draft},
            )
        ],
    )

    html = client.get(campaign.url).content.decode()

    assert f'<a href="{live.url}">Centrum pro rodinu</a>' in html
    assert "Nadace Světlo" in html
    assert "Tajný azyl" not in html
    assert "/katalog/tajny-azyl/" not in html
    assert "Ozvěte se" in html


def test_plan_names_neither_a_draft_bearer_nor_a_draft_working_group(client, home_page, providers):
    live, draft = providers
    planning = ensure_child(home_page, PlanningIndexPage, "komunitni-planovani", title="Plánování")
    group = ensure_child(
        planning,
        WorkingGroupPage,
        "tajna-skupina",
        title="Skupina v přípravě",
        purpose="<p>Účel</p>",
    )
    group.unpublish()
    measures = [
        measure("1.1.1", "Poradenství", bearer={"page": live, "name": ""}),
        measure(
            "1.1.2",
            "Azyl",
            bearer={"page": draft, "name": ""},
            partners=[{"page": draft, "name": ""}],
        ),
    ]
    plan = ensure_child(
        planning,
        CommunityPlanPage,
        "plan",
        title="Komunitní plán",
        period_start=2025,
        period_end=2028,
    )
    add_structure(
        plan, [chapter("1", "Rodina", [goal("1.1", "Pomoc", measures)], working_group=group)]
    )

    html = client.get(plan.url).content.decode()

    assert "Centrum pro rodinu" in html
    assert "Tajný azyl" not in html and "/katalog/tajny-azyl/" not in html
    assert "Skupina v přípravě" not in html
