"""What a result card says about a service: its name, provider, type and forms, how to phone
it, whether it is open today, where it helps and how far it is.

A card is drawn from the service's *listing*: a JSON-able dict that the search index keeps with
the service's entry (``SearchEntry.display``, written by ``catalogue.search.sources``), so a page
of results costs one query however many cards it shows. A service whose entry has no listing
yet (an index built before listings were stored) gets one from the database, in a fixed number
of queries (``ServicePage.objects.for_listing()``). Only what changes with the day or with the
searched place (today's hours, the distance) is worked out for each request.
"""

from dataclasses import dataclass
from datetime import time
from zoneinfo import ZoneInfo

from django.utils import timezone

from catalogue.models import OpeningHours, ServicePage
from catalogue.models.service_parts import tel_href
from catalogue.models.services import HoursRow, area_in_words, district_names, hours_on
from catalogue.search.distance import distance_label
from portal.models import SearchEntry

CITY_TIME_ZONE = ZoneInfo("Europe/Prague")
# Raise it whenever ``listing_of`` changes what it stores: listings of another version, stored
# before the change, are read from the database until the index is rebuilt (never a KeyError).
LISTING_VERSION = 1


def today():
    """Today's date in Ostrava, whatever the server's time zone."""
    return timezone.now().astimezone(CITY_TIME_ZONE).date()


@dataclass(frozen=True)
class Card:
    """One result card (``components/catalogue/service_card.html``)."""

    id: int
    title: str
    url: str
    summary: str
    provider: str
    service_type: str
    forms: list
    districts: list
    area: str
    hours: str
    phone: dict | None
    points: list  # (latitude, longitude) of its public places
    distance: str


def listing_of(service):
    """The listing of ``service`` (from ``for_listing()``, or with the same ``listed_*``
    lists): everything its card shows that does not depend on the day or the searched place."""
    return {
        "version": LISTING_VERSION,
        "title": service.title,
        "url": service.url or "",
        "summary": service.summary,
        "provider": service.provider.title if service.provider_id else "",
        "service_type": service.service_type.name if service.service_type_id else "",
        "forms": list(service.listed_forms),
        "districts": district_names(service.listed_places),
        "area": area_in_words(service.area_whole_city, service.listed_area_districts),
        "phone": phone_number(service),
        "nonstop": service.open_nonstop,
        "hours": [
            [row.weekday, row.kind, _iso(row.opens), _iso(row.closes)]
            for row in service.listed_hours
        ],
        "points": [
            [float(place.latitude), float(place.longitude)]
            for place in service.listed_places
            if place.has_map
        ],
    }


def _iso(value):
    return value.isoformat("minutes") if value else None


def _time(text):
    return time.fromisoformat(text) if text else None


def card_from(pk, listing, day, near=None):
    """The card of the service ``pk`` from its listing, on ``day``, measured from ``near``."""
    hours = [
        HoursRow(weekday, kind, _time(opens), _time(closes))
        for weekday, kind, opens, closes in listing["hours"]
    ]
    points = [tuple(point) for point in listing["points"]]
    number = listing["phone"]
    return Card(
        id=pk,
        title=listing["title"],
        url=listing["url"],
        summary=listing["summary"],
        provider=listing["provider"],
        service_type=listing["service_type"],
        forms=listing["forms"],
        districts=listing["districts"],
        area=listing["area"],
        hours=hours_today_label(hours, day, listing["nonstop"]),
        phone={"number": number, "href": tel_href(number)} if number else None,
        points=points,
        distance=distance_text(points, near),
    )


def cards_for(services, near=None, day=None):
    """The cards of ``services`` (from ``for_listing()``), in their order."""
    day = day or today()
    return [card_from(service.pk, listing_of(service), day, near) for service in services]


def cards_for_ids(ids, near=None, day=None):
    """The cards of the services ``ids``, in that order, from the listings the index keeps
    (one query); a service without a stored listing of this version is read from the
    database."""
    day = day or today()
    stored = SearchEntry.objects.filter(
        kind=SearchEntry.Kind.SERVICE, object_id__in=ids, display__isnull=False
    ).values_list("object_id", "display")
    listings = {
        pk: listing
        for pk, listing in stored
        if isinstance(listing, dict) and listing.get("version") == LISTING_VERSION
    }
    missing = [pk for pk in ids if pk not in listings]
    if missing:
        for service in ServicePage.objects.filter(pk__in=missing).live().for_listing():
            listings[service.pk] = listing_of(service)
    return [card_from(pk, listings[pk], day, near) for pk in ids if pk in listings]


def hours_today_label(rows, day, nonstop=False):
    """ "Dnes otevřeno 8:00–16:00", "Dnes zavřeno", "Dnes nonstop", "Dnes po dohodě", or ""
    when the service states no opening hours at all (``rows``: all its ``HoursRow``)."""
    if not nonstop and not rows:
        return ""
    today_rows = hours_on(rows, day, nonstop)
    if not today_rows:
        return "Dnes zavřeno"
    if any(row.kind == OpeningHours.Kind.ALL_DAY for row in today_rows):
        return "Dnes otevřeno nonstop"
    intervals = [
        f"{_clock(row.opens)}–{_clock(row.closes)}"
        for row in today_rows
        if row.kind == OpeningHours.Kind.HOURS and row.opens and row.closes
    ]
    if intervals:
        return "Dnes otevřeno " + ", ".join(intervals)
    return "Dnes po dohodě"


def _clock(value):
    return f"{value.hour}:{value.minute:02d}"


def phone_number(service):
    """The number of the service's first phone contact, else of its provider's first phone."""
    numbers = service.listed_phones
    if not numbers and service.provider_id:
        numbers = service.provider.listed_phones
    return numbers[0] if numbers else None


def distance_text(points, near):
    """ "1,2 km" from the searched place to the nearest of ``points``, or ""."""
    metres = near.distance_to(points) if near is not None else None
    return "" if metres is None else distance_label(metres)
