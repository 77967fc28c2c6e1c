"""E-mails to registrants, sent as background tasks (immediate in tests and development),
retried later when the mail server is unreachable (portal.resilience.tasks)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django_tasks import task

from campaigns.calendar import build_calendar
from campaigns.models.registration import Registration
from portal.resilience.tasks import mail_task


def _absolute(event, path):
    root = event.get_full_url() or settings.BASE_URL.rstrip("/") + event.url_path
    return root.rstrip("/") + "/" + path


def _registration_context(registration):
    event = registration.event.specific
    return {
        "registration": registration,
        "event": event,
        "occurrence": event.display_occurrence,
        "event_url": event.get_full_url(),
        "manage_url": _absolute(event, f"registrace/{registration.token}/"),
    }


@mail_task
def send_registration_email(registration_id):
    """Confirmation (or waiting-list notice) with the event's .ics and a link to cancel."""
    registration = Registration.objects.select_related("event").get(pk=registration_id)
    context = _registration_context(registration)
    event = context["event"]
    status = registration.get_status_display().lower()
    message = EmailMessage(
        subject=f"Registrace na akci {event.title}: {status}",
        body=render_to_string("campaigns/emails/registration.txt", context),
        to=[registration.email],
    )
    message.attach(f"{event.slug}.ics", build_calendar([event]).to_ical(), "text/calendar")
    message.send()


@mail_task
def send_already_registered_email(registration_id):
    """Someone registered an address that already has a place: tell its owner, not the form."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return
    context = _registration_context(registration)
    EmailMessage(
        subject=f"Registrace na akci {context['event'].title}: už jste přihlášeni",
        body=render_to_string("campaigns/emails/already_registered.txt", context),
        to=[registration.email],
    ).send()


@task()
def send_message_to_registrants(event_id, subject, body, statuses):
    """A message from staff to everyone registered for an event, one e-mail (task) each."""
    registrations = Registration.objects.filter(event_id=event_id, status__in=statuses)
    for registration_id in registrations.values_list("pk", flat=True):
        send_registrant_message.enqueue(registration_id, subject, body)


@mail_task
def send_registrant_message(registration_id, subject, body):
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is not None:  # it may have been deleted (retention) before a retry
        EmailMessage(subject=subject, body=body, to=[registration.email]).send()
