"""What a result card says about a service: its page's fields plus how to phone it, whether it
is open today, where it helps and how far it is. Everything comes from the rows that
``ServicePage.objects.for_listing()`` prefetched into lists, so a page of cards costs no query
per card."""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone

from catalogue.models import OpeningHours, ServiceContact
from catalogue.models.services import area_in_words, district_names, hours_on
from catalogue.search.distance import distance_label

CITY_TIME_ZONE = ZoneInfo("Europe/Prague")


def today():
    """Today's date in Ostrava, whatever the server's time zone."""
    return timezone.now().astimezone(CITY_TIME_ZONE).date()


@dataclass(frozen=True)
class Card:
    """One result card (``components/catalogue/service_card.html``)."""

    service: object
    forms: list
    districts: list
    area: str
    hours: str
    phone: dict | None
    distance: str


def cards_for(services, near=None, day=None):
    """The cards of ``services`` (from ``for_listing()``), with the distance from ``near``."""
    day = day or today()
    return [card_of(service, day, near) for service in services]


def card_of(service, day, near=None):
    places = service.listed_places
    return Card(
        service=service,
        forms=[form.name for form in service.listed_forms],
        districts=district_names(places),
        area=area_in_words(service.area_whole_city, service.listed_area_districts),
        hours=hours_today_label(service, day),
        phone=phone_of(service),
        distance=distance_text(places, near),
    )


def _clock(value):
    return f"{value.hour}:{value.minute:02d}"


def hours_today_label(service, day):
    """ "Dnes otevřeno 8:00–16:00", "Dnes zavřeno", "Dnes nonstop", "Dnes po dohodě", or ""
    when the service states no opening hours at all."""
    if not service.open_nonstop and not service.listed_hours:
        return ""
    rows = hours_on(service.listed_hours, day, service.open_nonstop)
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
    """The service's first phone contact, else its provider's first phone: ``{"number": ...,
    "href": "tel:..."}``, or None."""
    for contact in service.listed_contacts:
        if contact.kind == ServiceContact.Kind.PHONE:
            return {"number": contact.value, "href": contact.href}
    if service.provider_id:
        for phone in service.provider.listed_phones:
            return {"number": phone.number, "href": phone.href}
    return None


def distance_text(places, near):
    """ "1,2 km" from the searched place to the nearest public place of ``places``, or ""."""
    metres = near.distance_to(places) if near is not None else None
    return "" if metres is None else distance_label(metres)
