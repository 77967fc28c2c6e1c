"""How an editor's pages stand in the review: the words the "Vaše organizace" panel shows."""

from dataclasses import dataclass

from wagtail.models import WorkflowState


@dataclass
class Submission:
    label: str
    comment: str = ""
    waiting: bool = False


def submission_of(page):
    """The review state of ``page`` in plain Czech, with the coordinator's comment if rejected."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return Submission("Vráceno k úpravám", comment=task_state.comment if task_state else "")
    if state is not None:
        return Submission("Čeká na schválení koordinátorem", waiting=True)
    if not page.live:
        return Submission("Koncept, zatím nezveřejněno")
    if page.has_unpublished_changes:
        return Submission("Zveřejněno, změny zatím neodeslány ke schválení")
    return Submission("Zveřejněno")
