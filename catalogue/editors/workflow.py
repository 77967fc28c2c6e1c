"""The catalogue's review workflow: provider editors "Odeslat ke schválení", coordinators
"Schválit a zveřejnit" or "Vrátit k úpravám" (with a comment).

Wagtail itself e-mails the editor when the change is approved or returned (with the
coordinator's comment) and shows the state in the admin; approving also counts as verifying
the service's data.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.models import (
    GroupApprovalTask,
    Page,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from catalogue.editors.models import CatalogueReviewTask
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
    task = review_task()
    task.groups.set([Group.objects.get(name=COORDINATORS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def review_task():
    """The coordinators' task; one made as Wagtail's plain group approval becomes ours."""
    content_type = ContentType.objects.get_for_model(CatalogueReviewTask, for_concrete_model=False)
    existing = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if existing is None:
        return CatalogueReviewTask.objects.create(name=TASK_NAME)
    if existing.content_type_id != content_type.pk:
        GroupApprovalTask.objects.filter(pk=existing.pk).update(content_type=content_type)
    return CatalogueReviewTask.objects.get(pk=existing.pk)


def put_workflow_action_first(menu_items, request, context):
    """``construct_page_action_menu``: the one step each role takes is the primary button.

    A coordinator reviewing a change gets "Schválit a zveřejnit"; an editor who may not publish
    gets "Odeslat ke schválení" instead of "Uložit koncept" (still in the menu).
    """
    workflow_items = [item for item in menu_items if isinstance(item, WorkflowMenuItem)]
    if workflow_items:
        # Wagtail appends "and Publish" to the final approval: our labels already say it.
        labels = workflow_action_labels(context)
        for item in workflow_items:
            item.label = labels.get((item.name, item.launch_modal), item.label)
    names = [item.name for item in menu_items]
    if "approve" in names:
        first = names.index("approve")
    elif "action-submit" in names and "action-publish" not in names:
        first = names.index("action-submit")
    else:
        return
    menu_items.insert(0, menu_items.pop(first))


def workflow_action_labels(context):
    """The current task's labels by (action name, launch_modal), looked up once per menu."""
    page = context.get("page")
    task = page.current_workflow_task if page else None
    if task is None:
        return {}
    actions = task.get_actions(page, context["request"].user)
    return {(name, launch_modal): label for name, label, launch_modal in reversed(actions)}


def review_confirmation(task_state):
    """What a coordinator is told after deciding ``task_state`` (None while it is open)."""
    title = task_state.workflow_state.content_object.get_admin_display_title()
    if task_state.status == TaskState.STATUS_APPROVED:
        return f"Změny „{title}“ jsou schválené a zveřejněné. Editor dostane e-mail."
    if task_state.status == TaskState.STATUS_REJECTED:
        return (
            f"„{title}“ je vráceno k úpravám. Editor dostane e-mail s vaším komentářem "
            "a uvidí ho i v administraci."
        )
    return None


def latest_decision(page, user):
    """The review of ``page`` that ``user`` decided last, if any."""
    return (
        TaskState.objects.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id=str(page.pk),
            finished_by=user,
        )
        .select_related("workflow_state")
        .order_by("-finished_at", "-pk")
        .first()
    )


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
