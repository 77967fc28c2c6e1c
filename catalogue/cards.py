"""What a result card says about a service beyond its page's fields: how to phone it, whether it
is open today and how far it is. Everything comes from prefetched rows (``opening_hours``,
``contacts``, ``provider__phones``, ``places``), so a page of cards costs no query per card."""

from zoneinfo import ZoneInfo

from django.utils import timezone

from catalogue.models import OpeningHours, ServiceContact
from catalogue.search.distance import distance_label

CITY_TIME_ZONE = ZoneInfo("Europe/Prague")


def today():
    """Today's date in Ostrava, whatever the server's time zone."""
    return timezone.now().astimezone(CITY_TIME_ZONE).date()


def _clock(value):
    return f"{value.hour}:{value.minute:02d}"


def hours_today_label(service, day):
    """ "Dnes otevřeno 8:00–16:00", "Dnes zavřeno", "Dnes nonstop", "Dnes po dohodě", or ""
    when the service states no opening hours at all."""
    if not service.open_nonstop and not service.opening_hours.all():
        return ""
    rows = service.hours_today(day)
    if not rows:
        return "Dnes zavřeno"
    if any(row.kind == OpeningHours.Kind.ALL_DAY for row in rows):
        return "Dnes otevřeno nonstop"
    intervals = [
        f"{_clock(row.opens)}–{_clock(row.closes)}"
        for row in rows
        if row.kind == OpeningHours.Kind.HOURS and row.opens and row.closes
    ]
    if intervals:
        return "Dnes otevřeno " + ", ".join(intervals)
    return "Dnes po dohodě"


def phone_of(service):
    """The service's first phone contact, else its provider's first phone: an object with
    ``{"number": ..., "href": "tel:..."}``, or None."""
    for contact in service.contacts.all():
        if contact.kind == ServiceContact.Kind.PHONE:
            return {"number": contact.value, "href": contact.href}
    if service.provider_id:
        for phone in service.provider.phones.all():
            return {"number": phone.number, "href": phone.href}
    return None


def distance_text(service, near):
    """ "1,2 km" from the searched place to the service's nearest public place, or ""."""
    metres = near.distance_to(service) if near is not None else None
    return "" if metres is None else distance_label(metres)
