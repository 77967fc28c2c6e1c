"""The public consultation open today, promoted on the home page (which belongs to ``portal``)."""

from django import template
from django.utils import timezone

from plans.models import CommunityPlanPage, PlanStatus

register = template.Library()


def open_consultations(today=None):
    """Live plans whose public consultation runs today, closing soonest first."""
    today = today or timezone.localdate()
    return (
        CommunityPlanPage.objects.live()
        .public()
        .exclude(status__in=[PlanStatus.APPROVED, PlanStatus.ARCHIVED])
        .filter(consultation_start__lte=today, consultation_end__gte=today)
        .order_by("consultation_end", "pk")
    )


@register.inclusion_tag("components/plans/consultation_teaser.html", takes_context=True)
def open_consultation_teaser(context):
    """A banner inviting comments on the plan whose consultation is open now; nothing if none."""
    return {"request": context.get("request"), "plan": open_consultations().first()}
