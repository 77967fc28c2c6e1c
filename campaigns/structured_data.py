"""schema.org Event metadata (JSON-LD) so search engines understand an event page."""

import json
import re

from campaigns.recurrence import PRAGUE

_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}
# "702 00 Ostrava", "70200 Ostrava-Poruba"
POSTCODE_TOWN = re.compile(r"(?P<postcode>\d{3} ?\d{2})\s+(?P<town>\S.*)")
# Characters that could close the <script> element or start markup inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def event_json_ld(event, request=None):
    """The event as a schema.org Event, serialised for a <script type="application/ld+json">."""
    occurrence = event.display_occurrence
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.introduction,
        "startDate": _moment(occurrence.start, event.all_day),
        "endDate": _moment(occurrence.end, event.all_day),
        "eventStatus": _STATUS[event.status],
        "eventAttendanceMode": _attendance_mode(event),
        "url": event.get_full_url(request),
        "location": _locations(event),
        "isAccessibleForFree": event.is_free,
    }
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
        if link := event.organiser_link:
            data["organizer"]["url"] = link
    if not event.is_free and event.price:
        data["offers"] = {"@type": "Offer", "description": event.price, "priceCurrency": "CZK"}
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


def _moment(value, all_day):
    local = value.astimezone(PRAGUE)
    return local.date().isoformat() if all_day else local.isoformat()


def _attendance_mode(event):
    if event.online_url and event.venue_name:
        return "https://schema.org/MixedEventAttendanceMode"
    if event.online_url:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def _locations(event):
    locations = []
    if event.venue_name or event.venue_address:
        place = {"@type": "Place", "name": event.venue_name or event.venue_address}
        if event.venue_address:
            place["address"] = postal_address(event.venue_address)
        if event.latitude is not None and event.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(event.latitude),
                "longitude": float(event.longitude),
            }
        locations.append(place)
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    return locations


def postal_address(text):
    """A Czech address written on one line ("Prokešovo náměstí 8, 702 00 Ostrava") as a
    schema.org PostalAddress: the part after the last comma is the postcode and town."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    address = {"@type": "PostalAddress"}
    town = POSTCODE_TOWN.fullmatch(parts[-1]) if parts else None
    if town:
        digits = town["postcode"].replace(" ", "")
        address["postalCode"] = f"{digits[:3]} {digits[3:]}"
        address["addressLocality"] = town["town"]
        parts = parts[:-1]
    elif len(parts) > 1:
        address["addressLocality"] = parts.pop()
    if parts:
        address["streetAddress"] = ", ".join(parts)
    address["addressCountry"] = "CZ"
    return address
