"""What plans give the portal's search index: plans, minutes and each goal and measure."""

from portal.search import indexing, registry
from portal.search.registry import Document, Source


def _plan_item_documents(items):
    """A goal or measure, searchable while its plan is live and public (one check per plan)."""
    public = {}
    for item in items:
        if item.plan_id not in public:
            public[item.plan_id] = indexing.is_public_page(item.plan)
    return [
        Document(
            title=item.label,
            url=item.get_url(),
            keywords=f"{item.area} {item.bearer_name}",
            body=f"{item.code} {item.text}",
        )
        if public[item.plan_id]
        else None
        for item in items
    ]


def _all_plan_items():
    from plans.models import PlanItem

    return PlanItem.objects.select_related("plan").iterator(chunk_size=200)


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
registry.register(
    Source("plans.planitem", "opatreni", _plan_item_documents, _all_plan_items, "planitem")
)
