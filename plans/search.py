"""What plans give the portal's search index: plans, minutes and each goal and measure."""

from portal.search import indexing, registry
from portal.search.registry import Document, Source


def _plan_item_documents(items):
    return [
        Document(
            title=item.label,
            url=item.get_url(),
            keywords=f"{item.area} {item.bearer_name}",
            body=f"{item.code} {item.text}",
        )
        if item.plan.live
        else None
        for item in items
    ]


def _all_plan_items():
    from plans.models import PlanItem

    return PlanItem.objects.select_related("plan").iterator(chunk_size=200)


def _pages(model_name):
    def everything():
        from django.apps import apps

        model = apps.get_model("plans", model_name)
        return model.objects.live().public().iterator(chunk_size=100)

    return everything


registry.register(
    Source("plans.communityplanpage", "plan", indexing.page_documents, _pages("CommunityPlanPage"))
)
registry.register(
    Source(
        "plans.meetingminutespage",
        "zapis",
        indexing.page_documents,
        _pages("MeetingMinutesPage"),
    )
)
registry.register(
    Source("plans.planitem", "opatreni", _plan_item_documents, _all_plan_items, "planitem")
)
