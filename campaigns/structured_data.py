"""schema.org Event metadata (JSON-LD) so search engines understand an event page."""

import json

from campaigns.recurrence import PRAGUE

_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}
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
            place["address"] = event.venue_address
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
