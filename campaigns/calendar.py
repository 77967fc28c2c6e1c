"""iCalendar (RFC 5545) feeds of events, for calendar apps to download or subscribe to."""

from datetime import date, timedelta

import icalendar
from django.http import HttpResponse
from django.utils import timezone

from campaigns.recurrence import PRAGUE, full_rule

PRODUCT_ID = "-//Komunitni planovani Ostrava//Akce//CS"
UID_DOMAIN = "komunitni-planovani.ostrava"


def event_uid(event):
    """A UID that stays the same for the life of the event page, whatever is edited."""
    return f"akce-{event.translation_key}@{UID_DOMAIN}"


def build_calendar(events, request=None, name="Akce"):
    """An icalendar.Calendar with one VEVENT per event and the Europe/Prague VTIMEZONE."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Prague")
    events = list(events)
    for event in events:
        calendar.add_component(build_event(event, request))
    if events:
        first_year = min(event.start for event in events).astimezone(PRAGUE).year
        # Transitions from the first event's year on keep the VTIMEZONE short.
        calendar.add_missing_timezones(first_date=date(first_year, 1, 1))
    return calendar


def build_event(event, request=None):
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", timezone.now())
    vevent.add("summary", event.title)
    start = event.start.astimezone(PRAGUE)
    end = event.end.astimezone(PRAGUE)
    if event.all_day:
        vevent.add("dtstart", start.date())
        vevent.add("dtend", end.date() + timedelta(days=1))
    else:
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
    if event.is_recurring:
        rule = full_rule(event.recurrence_rule, event.repeat_until)
        vevent.add("rrule", icalendar.vRecur.from_ical(rule))
        for day in event.exception_dates:
            excluded = start.replace(year=day.year, month=day.month, day=day.day)
            vevent.add("exdate", day if event.all_day else excluded)
    if event.introduction:
        vevent.add("description", event.introduction)
    location = ", ".join(part for part in (event.venue_name, event.venue_address) if part)
    if location:
        vevent.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        vevent.add("geo", (float(event.latitude), float(event.longitude)))
    vevent.add("url", event.get_full_url(request))
    vevent.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    vevent.add("categories", [event.get_category_display()])
    vevent.add("last-modified", event.last_published_at or timezone.now())
    return vevent


def calendar_response(request, events, name, filename):
    """The events as a downloadable/subscribable text/calendar response."""
    calendar = build_calendar(events, request, name=name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
