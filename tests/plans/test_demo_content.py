"""The demo builds the planning section from the seeds, once."""

import pytest

from plans.demo import load
from plans.models import (
    CommunityPlanPage,
    DocumentLibraryPage,
    MeetingMinutesPage,
    PlanComment,
    PlanGoal,
    PlanMeasure,
    PlanningIndexPage,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)

pytestmark = pytest.mark.django_db


def test_demo_contains_every_page_type_of_the_section(plans_demo):
    for model in (
        PlanningIndexPage,
        CommunityPlanPage,
        WorkingGroupIndexPage,
        WorkingGroupPage,
        MeetingMinutesPage,
        DocumentLibraryPage,
    ):
        assert model.objects.live().exists(), model.__name__


def test_demo_zlin_plan_has_four_groups_and_23_goals(plans_demo):
    zlin = CommunityPlanPage.objects.get(slug="zlin-2008-2012")

    assert [chapter.title for chapter in zlin.outline] == [
        "Děti, mládež, rodina",
        "Senioři",
        "Občané se zdravotním postižením",
        "Nezaměstnaní a osoby ohrožené sociálním vyloučením",
    ]
    assert PlanGoal.objects.filter(plan=zlin).count() == 23
    assert zlin.shows_resolution()
    assert PlanComment.objects.filter(plan=zlin).count() == 3


def test_demo_has_a_plan_open_for_comment_today(plans_demo):
    draft = CommunityPlanPage.objects.get(slug="5-komunitni-plan-navrh")

    assert draft.accepts_comments()


def test_loading_the_demo_again_changes_nothing(plans_demo, home_page):
    counts = (
        CommunityPlanPage.objects.count(),
        PlanMeasure.objects.count(),
        PlanComment.objects.count(),
    )

    load(home_page, lambda message: None)

    assert (
        CommunityPlanPage.objects.count(),
        PlanMeasure.objects.count(),
        PlanComment.objects.count(),
    ) == counts
