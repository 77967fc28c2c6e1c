"""E-mail receipts of consultation comments: a copy for the author, a note for coordinators."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from wagtail.models import Site

from portal.models import SiteSettings

logger = logging.getLogger(__name__)


def send_comment_receipts(comment, request):
    """Send the author a copy of the comment and tell the coordinators; never fail the request."""
    site = Site.find_for_request(request)
    coordinators = SiteSettings.for_site(site).email if site else ""
    context = {"comment": comment, "plan_url": comment.plan.get_full_url(request)}
    messages = [
        (comment.email, "plans/email/comment_receipt.txt", "Potvrzení připomínky k plánu"),
    ]
    if coordinators:
        messages.append((coordinators, "plans/email/comment_notice.txt", "Nová připomínka k plánu"))
    for recipient, template, subject in messages:
        try:
            send_mail(
                f"{subject}: {comment.plan.title}",
                render_to_string(template, context),
                settings.DEFAULT_FROM_EMAIL,
                [recipient],
            )
        except OSError:
            logger.exception("Could not send the comment e-mail to %s", recipient)
