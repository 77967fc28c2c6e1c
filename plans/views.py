"""The public comment form of a plan in consultation (a route of CommunityPlanPage)."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from plans.forms import CommentForm
from plans.notifications import send_comment_receipts
from portal.rate_limit import client_address


def comment_form(request, plan):
    """Show the form (preselecting ?k=<part>), or save a valid comment and say thank you."""
    if not plan.accepts_comments():
        # A comment sent after the window closed is shown back, so its author can keep it.
        late_comment = request.POST.get("comment", "") if request.method == "POST" else ""
        return TemplateResponse(
            request,
            "plans/comment_closed.html",
            {"page": plan, "late_comment": late_comment},
            status=403 if request.method == "POST" else 200,
        )
    if request.method == "POST":
        form = CommentForm(request.POST, plan=plan, client_address=client_address(request))
        if form.is_valid():
            send_comment_receipts(form.save(), request)
            return redirect(plan.url + plan.reverse_subpage("comment_sent"))
        status = 400
    else:
        form = CommentForm(plan=plan, initial={"target": request.GET.get("k", "plan")})
        status = 200
    return TemplateResponse(
        request, "plans/comment_form.html", {"page": plan, "form": form}, status=status
    )
