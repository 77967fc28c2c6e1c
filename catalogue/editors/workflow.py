"""The catalogue's review workflow: provider editors submit, coordinators approve or reject.

Wagtail itself e-mails the editor when the change is approved or rejected (with the
coordinator's comment) and shows the state in the admin; approving also counts as verifying
the service's data.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from catalogue.editors.roles import COORDINATORS, catalogue_index

WORKFLOW_NAME = "Schválení změn v katalogu"
TASK_NAME = "Kontrola koordinátorem katalogu"


def ensure_review_workflow():
    """The workflow on the catalogue index (and so on every provider and service page).

    Returns None while the catalogue does not exist yet.
    """
    index = catalogue_index()
    if index is None:
        return None
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([Group.objects.get(name=COORDINATORS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def pending_page_ids():
    """Ids of the pages waiting for a coordinator's decision."""
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
    )
    return [int(pk) for pk in states.values_list("object_id", flat=True)]


def verify_approved_service(sender, instance, user=None, **kwargs):
    """Receiver of ``workflow_approved``: an approved service counts as verified today."""
    from catalogue.editors.freshness import mark_verified
    from catalogue.models import ServicePage

    page = instance.content_object
    if getattr(page, "specific_class", None) is ServicePage:
        mark_verified(page.specific, user=user)
