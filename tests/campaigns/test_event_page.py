"""A visitor reads an event page and adds the event to a calendar."""

import json
import re
from datetime import date, datetime, timedelta

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.utils import timezone

from campaigns.models import EventStatus
from campaigns.recurrence import PRAGUE
from tests.campaigns.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match[1])


def parse_feed(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_visitor_reads_where_and_when_with_schema_org_data(client, event_index, campaign):
    event = EventPageFactory(
        parent=event_index,
        title="Setkání pracovní skupiny Děti a rodina",
        start=datetime(2018, 4, 19, 13, 0, tzinfo=PRAGUE),
        end=datetime(2018, 4, 19, 15, 0, tzinfo=PRAGUE),
        venue_name="Bílý nosorožec, o.p.s.",
        venue_address="L. Ševčíka 420/26, Ostrava-Hulváky",
        latitude="49.8228022",
        longitude="18.2476181",
        campaign=campaign,
    )

    html = client.get(event.url).content.decode()
    data = json_ld(html)

    assert "<h1>Setkání pracovní skupiny Děti a rodina</h1>" in html
    assert "čtvrtek 19. dubna 2018, 13:00–15:00" in html
    assert "Bílý nosorožec, o.p.s." in html
    assert f'href="{campaign.url}"' in html
    assert data["@type"] == "Event"
    assert data["startDate"] == "2018-04-19T13:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"][0]["geo"]["latitude"] == pytest.approx(49.8228022)


def test_visitor_sees_that_an_event_is_cancelled(client, event_index):
    event = EventPageFactory(
        parent=event_index, status=EventStatus.CANCELLED, status_note="Náhradní termín v lednu."
    )

    html = client.get(event.url).content.decode()

    assert "<strong>Zrušeno.</strong> Náhradní termín v lednu." in html
    assert json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"


def test_visitor_sees_next_dates_of_a_repeating_event(client, event_index):
    today = timezone.localdate()
    start = datetime.combine(today - timedelta(days=1), datetime.min.time(), tzinfo=PRAGUE)
    event = EventPageFactory(
        parent=event_index,
        start=start.replace(hour=9),
        end=start.replace(hour=10),
        recurrence_rule="FREQ=WEEKLY",
    )

    html = client.get(event.url).content.decode()

    assert "Opakuje se každý týden." in html
    assert "Další termíny" in html


def test_visitor_adds_an_event_to_the_calendar(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Konference",
        start=datetime(2026, 11, 19, 9, 0, tzinfo=PRAGUE),
        end=datetime(2026, 11, 19, 16, 0, tzinfo=PRAGUE),
        venue_name="Magistrát",
    )

    html = client.get(event.url).content.decode()
    calendar = parse_feed(client.get(event.url + "kalendar.ics"))
    vevent = calendar.walk("VEVENT")[0]

    assert f'href="{event.url}kalendar.ics" download>Přidat do kalendáře' in html
    assert str(vevent["SUMMARY"]) == "Konference"
    assert vevent.decoded("DTSTART") == datetime(2026, 11, 19, 9, 0, tzinfo=PRAGUE)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Prague"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Prague"
    assert str(vevent["STATUS"]) == "CONFIRMED"


def test_event_keeps_its_calendar_uid_when_edited(client, event_index):
    event = EventPageFactory(parent=event_index, title="Původní název")
    first = parse_feed(client.get(event.url + "kalendar.ics")).walk("VEVENT")[0]["UID"]

    event.title = "Nový název"
    event.start += timedelta(days=1)
    event.end += timedelta(days=1)
    event.save_revision().publish()
    second = parse_feed(client.get(event.url + "kalendar.ics")).walk("VEVENT")[0]["UID"]

    assert first == second


def test_repeating_meeting_feed_keeps_local_time_across_daylight_saving(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Setkání skupiny",
        start=datetime(2026, 2, 19, 13, 0, tzinfo=PRAGUE),
        end=datetime(2026, 2, 19, 15, 0, tzinfo=PRAGUE),
        recurrence_rule="FREQ=MONTHLY;BYDAY=3TH",
        repeat_until=date(2026, 5, 31),
        recurrence_exceptions="16. 4. 2026",
    )

    vevent = parse_feed(client.get(event.url + "kalendar.ics")).walk("VEVENT")[0]
    start = vevent.decoded("DTSTART")
    rule = vevent["RRULE"]
    excluded = [item.dt for item in vevent["EXDATE"].dts]

    dates = [
        moment
        for moment in rrulestr(rule.to_ical().decode(), dtstart=start)
        if moment not in excluded
    ]

    assert [moment.date() for moment in dates] == [
        date(2026, 2, 19),
        date(2026, 3, 19),
        date(2026, 5, 21),
    ]
    assert {moment.astimezone(PRAGUE).hour for moment in dates} == {13}
    assert dates[0].utcoffset() == timedelta(hours=1)
    assert dates[2].utcoffset() == timedelta(hours=2)
    assert excluded == [datetime(2026, 4, 16, 13, 0, tzinfo=PRAGUE)]


def test_calendar_subscriptions_list_all_events_and_mark_cancelled(client, event_index, campaign):
    EventPageFactory(parent=event_index, title="Kampaňová akce", campaign=campaign)
    EventPageFactory(
        parent=event_index, title="Zrušená akce", status=EventStatus.CANCELLED, campaign=None
    )

    everything = parse_feed(client.get("/akce/kalendar.ics"))
    campaign_feed = parse_feed(client.get(campaign.url + "kalendar.ics"))

    statuses = {str(e["SUMMARY"]): str(e["STATUS"]) for e in everything.walk("VEVENT")}
    assert statuses == {"Kampaňová akce": "CONFIRMED", "Zrušená akce": "CANCELLED"}
    assert [str(e["SUMMARY"]) for e in campaign_feed.walk("VEVENT")] == ["Kampaňová akce"]


def test_all_day_event_is_exported_as_dates(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        all_day=True,
        start=datetime(2026, 6, 1, 0, 0, tzinfo=PRAGUE),
        end=datetime(2026, 6, 3, 0, 0, tzinfo=PRAGUE),
    )

    vevent = parse_feed(client.get(event.url + "kalendar.ics")).walk("VEVENT")[0]

    assert vevent.decoded("DTSTART") == date(2026, 6, 1)
    assert vevent.decoded("DTEND") == date(2026, 6, 4)


def test_calendar_of_a_missing_page_is_not_found(client, event_index):
    assert client.get("/akce/neexistuje/kalendar.ics").status_code == 404
    assert client.get("/kalendar.ics").status_code == 404
