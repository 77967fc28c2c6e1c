"""Keep the search entries of a plan's goals and measures in step with the plan page.

A goal or measure is indexed when it is saved (``portal.search.indexing``); publishing or
unpublishing its plan (or restricting who may view it) decides whether it may be found, so the
plan's records are indexed again then.
"""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from plans.models import CommunityPlanPage
from portal.search import indexing


@receiver(page_published, sender=CommunityPlanPage, dispatch_uid="plans_index_records")
@receiver(page_unpublished, sender=CommunityPlanPage, dispatch_uid="plans_forget_records")
def index_plan_records(sender, instance, **kwargs):
    goals = instance.goals.select_related("plan")
    measures = instance.measures.select_related("plan").prefetch_related("indicators")
    indexing.index_objects([*goals, *measures])
