"""What plans give the portal's search index: plans, minutes and each goal and measure."""

from portal.search import indexing, registry
from portal.search.registry import Document, Source


def _public_plans(records):
    """Whether each record's plan is live and public (one check per plan)."""
    public = {}
    for record in records:
        if record.plan_id not in public:
            public[record.plan_id] = indexing.is_public_page(record.plan)
    return public


def _goal_documents(goals):
    """A goal, searchable while its plan is live and public."""
    public = _public_plans(goals)
    return [
        Document(title=goal.label, url=goal.get_url(), body=f"{goal.code} {goal.search_text}")
        if public[goal.plan_id]
        else None
        for goal in goals
    ]


def _measure_documents(measures):
    """A measure at its own address, searchable while its plan is live and public."""
    public = _public_plans(measures)
    return [
        Document(
            title=measure.label,
            url=measure.get_url(),
            keywords=f"{measure.target_group} {measure.bearer_name}",
            body=f"{measure.code} {measure.search_text}",
        )
        if public[measure.plan_id]
        else None
        for measure in measures
    ]


def _all_goals():
    from plans.models import PlanGoal

    return PlanGoal.objects.select_related("plan").iterator(chunk_size=200)


def _all_measures():
    from plans.models import PlanMeasure

    return (
        PlanMeasure.objects.select_related("plan")
        .prefetch_related("indicators")
        .iterator(chunk_size=200)
    )


registry.register(
    Source(
        "plans.communityplanpage",
        "plan",
        indexing.page_documents,
        indexing.live_pages("plans.CommunityPlanPage"),
    )
)
registry.register(
    Source(
        "plans.meetingminutespage",
        "zapis",
        indexing.page_documents,
        indexing.live_pages("plans.MeetingMinutesPage"),
    )
)
registry.register(Source("plans.plangoal", "opatreni", _goal_documents, _all_goals, "plangoal"))
registry.register(
    Source("plans.planmeasure", "opatreni", _measure_documents, _all_measures, "planmeasure")
)
