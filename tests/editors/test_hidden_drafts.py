"""Staff never see drafts outside their own section, whichever admin URL they ask, by any id.

Provider B's editor has a new, unpublished service ("Nová služba B") and a draft of a live one
("Azylový dům B (koncept)"); the campaign staff, the plan coordinators and provider A's editor
may see neither, only the live service under its published title.
"""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, get_page_models

from catalogue.editors.roles import CAMPAIGN_STAFF, PLAN_COORDINATORS, setup_roles
from portal.admin_visibility import HIDDEN_TITLE, DraftTitleMixin
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
)
from tests.editors.conftest import client_for, make_user

NEW_SERVICE = "Nová služba B"
SERVICE_DRAFT = "Azylový dům B (koncept)"


@pytest.fixture
def campaigns(world):
    """The campaign staff's section: campaigns, events and news, right below the home page."""
    index = CampaignIndexPageFactory(parent=world["home"])
    EventIndexPageFactory(parent=world["home"])
    NewsIndexPageFactory(parent=world["home"])
    setup_roles()
    return index


@pytest.fixture
def as_campaign_staff(campaigns):
    return client_for(make_user("kampane", Group.objects.get(name=CAMPAIGN_STAFF)))


@pytest.fixture
def in_review(world):
    """B's new service, submitted for review; returns its open task state."""
    draft = world["draft_b"]
    draft.get_workflow().start(draft, world["editor_b"])
    draft.refresh_from_db()
    return draft.current_workflow_state.current_task_state


def names(response, title):
    """Whether ``title`` is in the response, also as JSON inside the HTML (block states)."""
    text = response.content.decode()
    return title in text or json.dumps(title)[1:-1] in text


def shows_a_draft(response):
    return names(response, NEW_SERVICE) or names(response, SERVICE_DRAFT)


# Finding 3: titles by id


@pytest.mark.parametrize("action", ["delete", "publish", "unpublish", "move"])
def test_bulk_action_ignores_ids_of_pages_the_editor_may_not_see(action, world, as_editor_a):
    url = f"/admin/bulk/wagtailcore/page/{action}/"

    hidden = as_editor_a.get(url, {"id": world["draft_b"].pk})
    mixed = as_editor_a.get(url, {"id": [world["draft_b"].pk, world["service_b"].pk]})

    assert hidden.status_code == 404
    assert not shows_a_draft(hidden)
    assert mixed.status_code == 200
    assert "Azylový dům B" in mixed.content.decode()  # live, by its published title
    assert not shows_a_draft(mixed)


def test_bulk_action_on_all_pages_of_a_listing_leaves_out_hidden_ones(world, as_editor_a):
    response = as_editor_a.get(
        "/admin/bulk/wagtailcore/page/delete/", {"id": "all", "childOf": world["provider_b"].pk}
    )

    assert response.status_code == 200
    assert "Azylový dům B" in response.content.decode()
    assert not shows_a_draft(response)


def test_chosen_pages_leave_out_those_the_editor_may_not_see(world, as_editor_a):
    response = as_editor_a.get(
        "/admin/choose-page/chosen-multiple/",
        {"id": [world["draft_b"].pk, world["service_b"].pk, world["service_a"].pk]},
    )

    chosen = {page["id"]: page["adminTitle"] for page in response.json()["result"]}
    assert chosen == {world["service_b"].pk: "Azylový dům B", world["service_a"].pk: "Poradna A"}


def test_page_chooser_does_not_open_a_hidden_page(world, as_editor_a):
    response = as_editor_a.get(f"/admin/choose-page/{world['draft_b'].pk}/")

    assert response.status_code == 404
    assert not shows_a_draft(response)


def test_move_confirmation_of_another_provider_page_is_refused(world, as_editor_a):
    url = f"/admin/pages/{world['draft_b'].pk}/move/{world['provider_a'].pk}/confirm/"

    response = as_editor_a.get(url)

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not shows_a_draft(as_editor_a.get(response["Location"]))


def test_review_of_another_provider_page_is_not_found(world, as_editor_a, in_review):
    draft, task_state = world["draft_b"], in_review
    urls = [
        f"/admin/pages/workflow/preview/{draft.pk}/{task_state.task_id}/",
        f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/",
        f"/admin/pages/workflow/collect_action_data/{draft.pk}/approve/{task_state.pk}/",
        f"/admin/pages/workflow/confirm_cancellation/{draft.pk}/",
        # a page not in review: Wagtail's message "… is not awaiting moderation" names it
        f"/admin/pages/workflow/action/{world['service_b'].pk}/approve/{task_state.pk}/",
    ]
    for url in urls:
        response = as_editor_a.get(url, follow=True)
        assert response.status_code == 404, url
        assert not shows_a_draft(response), url


def test_coordinator_still_reviews_the_submitted_page(world, as_coordinator, in_review):
    url = f"/admin/pages/workflow/preview/{world['draft_b'].pk}/{in_review.task_id}/"

    assert as_coordinator.get(url).status_code == 200


def test_page_types_report_names_only_pages_the_editor_may_see(world, as_editor_a):
    response = as_editor_a.get("/admin/reports/page-types-usage/")

    assert response.status_code == 200
    assert not shows_a_draft(response)


# Finding 4: choosers across sections


def test_campaign_staff_browsing_the_catalogue_see_only_live_pages(world, as_campaign_staff):
    response = as_campaign_staff.get(f"/admin/choose-page/{world['provider_b'].pk}/")

    html = json.loads(response.content)["html"]
    assert "Azylový dům B" in html
    assert NEW_SERVICE not in html and SERVICE_DRAFT not in html


def test_chooser_search_does_not_match_a_hidden_draft_summary(world, as_campaign_staff):
    draft = world["draft_b"]
    draft.summary = "Zebrovec pomáhá v noci."
    draft.save()

    response = as_campaign_staff.get("/admin/choose-page/search/", {"q": "Zebrovec"})

    assert response.status_code == 200
    assert NEW_SERVICE not in response.content.decode()


def test_editor_choosing_a_page_does_not_find_campaign_drafts(world, campaigns, as_editor_a):
    draft = CampaignPageFactory(parent=campaigns, title="Kampaň v přípravě")
    draft.unpublish()

    response = as_editor_a.get("/admin/choose-page/search/", {"q": "Kampaň"})

    assert "Kampaň v přípravě" not in response.content.decode()


def test_campaign_edit_form_names_linked_services_as_staff_may_see_them(
    world, campaigns, as_campaign_staff
):
    campaign = CampaignPageFactory(
        parent=campaigns,
        title="Dejme dětem rodinu",
        related_services=[("service", world["draft_b"]), ("service", world["service_b"])],
    )

    response = as_campaign_staff.get(f"/admin/pages/{campaign.pk}/edit/")

    assert response.status_code == 200
    assert not shows_a_draft(response)
    assert names(response, "Azylový dům B")
    assert names(response, HIDDEN_TITLE)  # the new service, chosen but not theirs to see


# Finding 5: the explorer


def test_campaign_staff_cannot_explore_another_section(world, campaigns, as_campaign_staff):
    response = as_campaign_staff.get(f"/admin/pages/{world['service_b'].pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{world['home'].pk}/"


def test_campaign_staff_see_no_draft_of_the_home_page(world, campaigns, as_campaign_staff):
    home = world["home"]
    live_title = home.title
    home.title = "Nový úvod (koncept)"
    home.save_revision(user=world["editor_b"])
    home.refresh_from_db()
    home.locked, home.locked_by = True, world["coordinator"]
    home.save()

    html = as_campaign_staff.get(f"/admin/pages/{home.pk}/").content.decode()

    assert live_title in html
    assert "Nový úvod (koncept)" not in html
    assert "editor-b" not in html and "koordinator" not in html  # who drafted, who locked


# Finding 15: names in the explorer's filters


def test_explorer_filters_name_only_colleagues(world, as_editor_a, as_coordinator):
    editor_b = world["editor_b"]
    editor_b.first_name, editor_b.last_name = "Bára", "Béčková"
    editor_b.save()
    world["service_b"].save_revision(user=editor_b)

    seen_by_a = as_editor_a.get(f"/admin/pages/{world['provider_a'].pk}/").content.decode()
    seen_by_coordinator = as_coordinator.get(
        f"/admin/pages/{world['catalogue'].pk}/"
    ).content.decode()

    assert "Béčková" not in seen_by_a
    assert "Béčková" in seen_by_coordinator


def test_plan_coordinator_chooser_lists_no_unpublished_service(world, campaigns):
    planner = client_for(make_user("planovani", Group.objects.get(name=PLAN_COORDINATORS)))

    response = planner.get("/admin/choose-page/search/", {"q": "služba"})

    assert response.status_code == 200
    assert NEW_SERVICE not in response.content.decode()


def test_pasting_a_page_address_names_the_page_by_its_published_title(world, as_editor_a):
    response = as_editor_a.post(
        "/admin/choose-external-link/",
        {
            "external-link-chooser-url": world["service_b"].url,
            "external-link-chooser-link_text": "",
        },
    )

    chosen = response.json()["result"]
    assert chosen["id"] == world["service_b"].pk
    assert chosen["adminTitle"] == "Azylový dům B"


def test_every_page_type_names_its_drafts_only_inside_their_section():
    untitled = [
        model.__name__
        for model in get_page_models()
        if model is not Page and not issubclass(model, DraftTitleMixin)
    ]

    assert untitled == []
