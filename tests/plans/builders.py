"""Building plan structures of any size, and working-group meetings, for tests."""

import datetime

from django.utils import timezone

from campaigns.models import EventCategory, EventPage
from campaigns.recurrence import PRAGUE
from plans.demo.helpers import add_structure, chapter, goal, measure
from plans.models import CommunityPlanPage, PlanningIndexPage
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child

# What a citizen fills in the plan's comment form (``plans.forms.CommentForm``).
COMMENT = {
    "target": "plan",
    "name": "Jana Nováková",
    "email": "jana@example.org",
    "organisation": "",
    "comment": "Chybí víkendový provoz.",
    "proposed_change": "",
    "consent": "on",
    "website": "",
}


def planning_index(home):
    return ensure_child(home, PlanningIndexPage, "komunitni-planovani", title="Komunitní plánování")


def consultation_plan(index, slug="plan", measures_per_goal=2, goals=2, group=None, **fields):
    """A published plan whose public consultation is open today."""
    today = timezone.localdate()
    defaults = {
        "title": "Komunitní plán pro seniory",
        "period_start": 2025,
        "period_end": 2028,
        "status": PlanStatus.CONSULTATION,
        "consultation_start": today - datetime.timedelta(days=3),
        "consultation_end": today + datetime.timedelta(days=10),
    }
    structure = fields.pop("structure", None) or plan_structure(
        measures_per_goal, goals, group=group
    )
    defaults.update(fields)
    plan = ensure_child(index, CommunityPlanPage, slug, **defaults)
    add_structure(plan, structure)
    return plan


def plan_structure(measures_per_goal=2, goals=2, bearer="Slezská diakonie", group=None):
    """One chapter with ``goals`` goals of ``measures_per_goal`` measures each."""
    goal_values = []
    for g in range(1, goals + 1):
        measures = [
            measure(
                f"1.{g}.{m}",
                f"Opatření číslo {g}-{m}",
                status="done" if m == 1 else "planned",
                bearer={"page": None, "name": bearer if m == 1 else "Charita Ostrava"},
                description="<p>Popis opatření.</p>",
            )
            for m in range(1, measures_per_goal + 1)
        ]
        goal_values.append(goal(f"1.{g}", f"Cíl číslo {g}", measures))
    return [chapter("1", "Senioři", goal_values, working_group=group, area="Senioři")]


def meeting(events, group, slug, days, **fields):
    """A meeting of ``group`` in the calendar ``events``, ``days`` from today, 13:00–15:00."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    start = datetime.datetime.combine(day, datetime.time(13), tzinfo=PRAGUE)
    fields = {
        "title": f"Setkání {slug}",
        "introduction": "Setkání pracovní skupiny.",
        "category": EventCategory.WORKING_GROUP,
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "venue_name": "Klub seniorů",
        "working_group": group,
        **fields,
    }
    return ensure_child(events, EventPage, slug, **fields)
