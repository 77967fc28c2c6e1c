"""Keep the searchable mirror of goals and measures in step with published plans."""

from django.dispatch import receiver
from wagtail.signals import page_published

from plans.models import CommunityPlanPage, PlanItem


@receiver(page_published, sender=CommunityPlanPage, dispatch_uid="plans_mirror_items")
def mirror_plan_items(sender, instance, **kwargs):
    PlanItem.sync_plan(instance)
