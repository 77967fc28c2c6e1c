"""People registered for an event, and the one safe way to add or cancel a registration."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from wagtail.models import Page


class Registration(models.Model):
    """One person's place (or place on the waiting list) at an event."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Potvrzená"
        WAITING = "waiting", "Náhradník"
        CANCELLED = "cancelled", "Zrušená"

    event = models.ForeignKey(
        "campaigns.EventPage",
        verbose_name="Akce",
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField("Jméno a příjmení", max_length=150)
    email = models.EmailField("E-mail")
    organisation = models.CharField("Organizace", max_length=200, blank=True)
    note = models.TextField("Poznámka", blank=True)
    status = models.CharField(
        "Stav", max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    consent_given_at = models.DateTimeField("Souhlas se zpracováním údajů")
    created_at = models.DateTimeField("Přihlášen", default=timezone.now)
    cancelled_at = models.DateTimeField("Zrušeno", null=True, blank=True)

    class Meta:
        verbose_name = "Registrace na akci"
        verbose_name_plural = "Registrace na akce"
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="one_registration_per_email")
        ]

    def __str__(self):
        return f"{self.name} ({self.event.title})"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class Outcome(models.TextChoices):
    CONFIRMED = "confirmed", "Máte potvrzené místo."
    WAITING = "waiting", "Kapacita je naplněná, zapsali jsme vás mezi náhradníky."
    ALREADY = "already", "Na tuto akci už jste přihlášeni."
    FULL = "full", "Kapacita akce je naplněná."


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration | None
    outcome: Outcome
    # No place left for a new person (and no waiting list), whether or not this one was known.
    full: bool = False


def register_person(event, *, name, email, organisation="", note=""):
    """Register a person, confirming a place only while the capacity allows it.

    The event row is locked for the duration of the transaction, so concurrent registrations
    for the same event are counted one after another and never exceed the capacity.
    """
    email = email.strip().lower()
    try:
        with transaction.atomic():
            _lock_event(event.pk)
            existing = Registration.objects.filter(event=event, email=email).first()
            status = _status_for_new(event)
            if existing and existing.is_active:
                return RegistrationResult(existing, Outcome.ALREADY, full=status is None)
            if status is None:
                return RegistrationResult(None, Outcome.FULL, full=True)
            registration = existing or Registration(event=event, email=email)
            registration.name = name
            registration.organisation = organisation
            registration.note = note
            registration.status = status
            registration.consent_given_at = timezone.now()
            registration.cancelled_at = None
            registration.save()
    except IntegrityError:
        # The same e-mail was registered by a simultaneous request (double submission).
        existing = Registration.objects.get(event=event, email=email)
        return RegistrationResult(existing, Outcome.ALREADY, full=_status_for_new(event) is None)
    return RegistrationResult(registration, Outcome(status))


def _lock_event(event_id):
    """Lock the event's page row until the end of the current transaction."""
    Page.objects.select_for_update().only("pk").get(pk=event_id)


def _status_for_new(event):
    """Confirmed while places are free, then waiting (if allowed), else None (full)."""
    if event.capacity is None:
        return Registration.Status.CONFIRMED
    confirmed = Registration.objects.filter(
        event=event, status=Registration.Status.CONFIRMED
    ).count()
    if confirmed < event.capacity:
        return Registration.Status.CONFIRMED
    if event.waiting_list:
        return Registration.Status.WAITING
    return None


def cancel(registration):
    """Cancel a registration; return the waiting registration that got the freed place."""
    with transaction.atomic():
        _lock_event(registration.event_id)
        registration.refresh_from_db()
        if not registration.is_active:
            return None
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if not was_confirmed:
            return None
        promoted = (
            Registration.objects.filter(
                event_id=registration.event_id, status=Registration.Status.WAITING
            )
            .order_by("created_at", "pk")
            .first()
        )
        if promoted:
            promoted.status = Registration.Status.CONFIRMED
            promoted.save(update_fields=["status"])
        return promoted


def delete_expired_registrations(days, now=None):
    """Delete registrations of events that ended more than ``days`` days ago; return count."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    expired = Registration.objects.filter(event__series_end__lt=cutoff)
    count, _ = expired.delete()
    return count
