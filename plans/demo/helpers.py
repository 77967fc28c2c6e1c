"""Small helpers the demo modules (and tests) share: a plan's outline and provider look-ups.

A plan's chapters, goals and measures are written as nested values with :func:`chapter`,
:func:`goal` and :func:`measure`, then stored as records by :func:`add_structure`.
"""

from wagtail.models import Page

from plans.models import (
    MeasureEvaluation,
    MeasureIndicator,
    MeasurePartner,
    PlanChapter,
    PlanGoal,
    PlanMeasure,
    WorkingGroupMember,
)


def find_provider(name):
    """The catalogue's provider page called ``name``, if the catalogue demo created it."""
    return (
        Page.objects.live()
        .filter(
            title=name,
            content_type__app_label="catalogue",
            content_type__model="providerpage",
        )
        .first()
    )


def organisation(name):
    """A bearer/partner value: linked to the provider page when it exists, else just named."""
    page = find_provider(name)
    return {"page": page, "name": "" if page else name}


def member(name, representative="", substitute=""):
    """A working group's member organisation, linked to its provider page when it exists."""
    page = find_provider(name)
    return WorkingGroupMember(
        provider_id=page.pk if page else None,
        name="" if page else name,
        representative=representative,
        substitute=substitute,
    )


def measure(code, title, status="planned", **fields):
    return {"code": code, "title": title, "status": status, **fields}


def goal(code, title, measures, description=""):
    return {"code": code, "title": title, "description": description, "measures": measures}


def chapter(code, title, goals, working_group=None, area="", introduction=""):
    return {
        "code": code,
        "title": title,
        "working_group": working_group,
        "planning_area": area,
        "introduction": introduction,
        "goals": goals,
    }


def _provider(value):
    page = (value or {}).get("page")
    return page.specific if page is not None else None


def add_structure(plan, chapters):
    """Store ``chapters`` (from :func:`chapter`) as the plan's records, unless it has some."""
    if plan.chapters.exists():
        return
    for chapter_order, chapter_value in enumerate(chapters):
        goals = chapter_value.pop("goals")
        chapter_record = PlanChapter.objects.create(
            plan=plan, sort_order=chapter_order, **chapter_value
        )
        for goal_order, goal_value in enumerate(goals):
            measures = goal_value.pop("measures")
            goal_record = PlanGoal.objects.create(
                chapter=chapter_record, sort_order=goal_order, **goal_value
            )
            for measure_order, value in enumerate(measures):
                _add_measure(goal_record, measure_order, dict(value))


def _add_measure(goal_record, order, value):
    bearer = value.pop("bearer", None) or {}
    partners = value.pop("partners", [])
    indicators = value.pop("indicators", "")
    evaluations = value.pop("evaluations", [])
    services = value.pop("services", [])
    record = PlanMeasure.objects.create(
        goal=goal_record,
        sort_order=order,
        bearer_provider=_provider(bearer),
        bearer_name=bearer.get("name", ""),
        **value,
    )
    for position, partner in enumerate(partners):
        MeasurePartner.objects.create(
            measure=record,
            sort_order=position,
            provider=_provider(partner),
            name=partner.get("name", ""),
        )
    for position, line in enumerate(line for line in indicators.splitlines() if line.strip()):
        MeasureIndicator.objects.create(measure=record, sort_order=position, name=line.strip())
    for entry in evaluations:
        MeasureEvaluation.objects.create(
            measure=record, year=entry["year"], status=entry["status"], comment=entry["text"]
        )
    if services:
        record.services.set(services)
    return record
