"""Is the catalogue still true? Stale services, one-click verification and reminders."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from catalogue.editors.models import ProviderTeam, ReviewReminder
from catalogue.editors.workflow import pending_page_ids
from catalogue.models import ProviderPage, ServicePage

STALE_AFTER = timedelta(days=365)
VERIFY_ACTION = "catalogue_editors.verify"


def stale_services(today=None):
    """Live services whose data nobody has verified for twelve months (or ever)."""
    cutoff = (today or timezone.localdate()) - STALE_AFTER
    return (
        ServicePage.objects.live()
        .filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))
        .order_by("last_verified", "title")
    )


def is_stale(service, today=None):
    cutoff = (today or timezone.localdate()) - STALE_AFTER
    return service.last_verified is None or service.last_verified < cutoff


def mark_verified(service, user=None, on=None):
    """Record that the service's data are correct as of ``on`` (today by default).

    The date is stored on the live page and in its latest revision, so that the next
    published draft keeps it instead of bringing back the old date.
    """
    day = on or timezone.localdate()
    ServicePage.objects.filter(pk=service.pk).update(last_verified=day)
    service.last_verified = day
    revision = service.latest_revision
    if revision is not None:
        revision.content["last_verified"] = day.isoformat()
        revision.save(update_fields=["content"])
    log(instance=service, action=VERIFY_ACTION, user=user)
    return day


def providers_with_pending_changes():
    """Providers whose own page or one of whose services waits for a coordinator's decision."""
    prefixes = set()
    for path in Page.objects.filter(pk__in=pending_page_ids()).values_list("path", flat=True):
        prefixes.update(path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen))
    return ProviderPage.objects.filter(path__in=prefixes).order_by("title")


def send_review_reminders(today=None):
    """E-mail each provider's editors about their stale services, at most once a day.

    Returns the number of reminders sent.
    """
    today = today or timezone.localdate()
    stale = stale_services(today)
    sent = 0
    for team in ProviderTeam.objects.select_related("group", "provider"):
        if team.reminders.filter(sent_on=today).exists():
            continue
        services = list(stale.child_of(team.provider))
        recipients = sorted({user.email for user in team.editors if user.email})
        if not services or not recipients:
            continue
        send_reminder(team, services, recipients)
        ReviewReminder.objects.create(
            team=team,
            sent_on=today,
            service_count=len(services),
            recipients=", ".join(recipients),
        )
        sent += 1
    return sent


def send_reminder(team, services, recipients):
    context = {
        "provider": team.provider,
        "services": services,
        "base_url": settings.WAGTAILADMIN_BASE_URL,
    }
    send_mail(
        subject=render_to_string("catalogue_editors/emails/reminder_subject.txt", context).strip(),
        message=render_to_string("catalogue_editors/emails/reminder.txt", context),
        from_email=None,
        recipient_list=recipients,
    )
