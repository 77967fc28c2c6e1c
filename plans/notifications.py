"""E-mail receipts of consultation comments: a copy for the author, a note for coordinators.

The comment is already saved; each e-mail is a background task retried later when the mail
server is unreachable (portal.resilience.tasks), so a mail outage never loses a comment.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from wagtail.models import Site

from plans.models.consultation import PlanComment
from portal.models import SiteSettings
from portal.resilience.tasks import mail_task


def send_comment_receipts(comment, request):
    """Enqueue the author's copy of the comment and the coordinators' note; never fail."""
    site = Site.find_for_request(request)
    coordinators = SiteSettings.for_site(site).email if site else ""
    plan_url = comment.plan.get_full_url(request)
    messages = [
        (comment.email, "plans/email/comment_receipt.txt", "Potvrzení připomínky k plánu"),
    ]
    if coordinators:
        messages.append((coordinators, "plans/email/comment_notice.txt", "Nová připomínka k plánu"))
    for recipient, template, subject in messages:
        if recipient:
            send_comment_email.enqueue(comment.pk, recipient, template, subject, plan_url)


@mail_task
def send_comment_email(comment_id, recipient, template, subject, plan_url):
    comment = PlanComment.objects.select_related("plan").filter(pk=comment_id).first()
    if comment is None:
        return
    context = {"comment": comment, "plan_url": plan_url}
    send_mail(
        f"{subject}: {comment.plan.title}",
        render_to_string(template, context),
        settings.DEFAULT_FROM_EMAIL,
        [recipient],
    )
