"""Admin views around the review workflow: the confirmation after a decision, and the help page.

Both are open to everyone signed in to the admin (Wagtail requires admin access for every
admin URL); the confirmation only speaks about decisions the user made themselves.
"""

from django.shortcuts import redirect
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.models import TaskState

from catalogue.editors.workflow import review_confirmation


class ReviewDoneView(View):
    """Where Wagtail sends a coordinator after "Schválit a zveřejnit" or "Vrátit k úpravám"."""

    def get(self, request, task_state_id):
        task_state = (
            TaskState.objects.filter(pk=task_state_id, finished_by=request.user)
            .select_related("workflow_state")
            .first()
        )
        message = review_confirmation(task_state) if task_state else None
        if message:
            messages.success(request, message)
        return redirect("wagtailadmin_home")


class EditorHelpView(TemplateView):
    """The Czech help for editors and coordinators (the admin's "Nápověda pro editory")."""

    template_name = "catalogue_editors/help.html"
