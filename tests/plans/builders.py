"""Building plan structures of any size, and working-group meetings, for tests."""

import datetime

from django.utils import timezone

from campaigns.models import EventCategory, EventPage
from campaigns.recurrence import PRAGUE
from plans.demo.helpers import chapter, goal, measure
from portal.demo.pages import ensure_child


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
