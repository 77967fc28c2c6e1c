"""What a catalogue page shows of community plans, without the catalogue importing plans."""

from django import template

from plans.models import CommunityPlanPage, PlanMeasure

register = template.Library()


@register.inclusion_tag("plans/includes/service_measures.html")
def service_measures(service):
    """The measures of published, public plans that ``service`` carries (one query)."""
    public_plans = CommunityPlanPage.objects.live().public().values("pk")
    measures = (
        PlanMeasure.objects.filter(plan__in=public_plans, services=service)
        .select_related("plan")
        .order_by("-plan__period_start", "code")
    )
    return {"measures": list(measures)}
