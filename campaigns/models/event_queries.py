"""Finding events: named querysets, and occurrences of (possibly repeating) events in time."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.query import PageQuerySet

from campaigns.recurrence import PRAGUE

# How far ahead an open-ended listing ("from this day on") looks for repeating events.
LOOKAHEAD_DAYS = 366


@dataclass(frozen=True)
class Occurrence:
    """One date of an event: a single event has one, a repeating event many."""

    event: object
    start: datetime
    end: datetime

    @property
    def local_start(self):
        return self.start.astimezone(PRAGUE)

    @property
    def local_end(self):
        return self.end.astimezone(PRAGUE)

    @property
    def all_day(self):
        return self.event.all_day

    @property
    def is_multi_day(self):
        return self.local_start.date() != self.local_end.date()

    @property
    def is_past(self):
        return self.end < timezone.now()


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events that have not finished yet (including repeating events still running)."""
        now = now or timezone.now()
        return self.filter(Q(series_end__gte=now) | Q(series_end__isnull=True))

    def past(self, now=None):
        """Events whose last occurrence is over."""
        return self.filter(series_end__lt=now or timezone.now())

    def overlapping(self, window_start, window_end):
        """Events with at least one possible occurrence between the two moments."""
        return self.filter(start__lte=window_end).filter(
            Q(series_end__gte=window_start) | Q(series_end__isnull=True)
        )

    def in_category(self, category):
        return self.filter(category=category)

    def for_campaign(self, campaign):
        return self.filter(campaign=campaign)

    def for_listing(self):
        """Everything an event teaser shows, fetched in the same query."""
        return self.select_related("campaign")


def next_occurrences(events, now=None):
    """The next (or current) occurrence of each event, soonest first."""
    now = now or timezone.now()
    found = (event.next_occurrence(now) for event in events)
    return sorted((item for item in found if item), key=lambda item: item.start)


def occurrences_between(events, window_start, window_end):
    """Every occurrence of the events touching the window, in time order."""
    found = []
    for event in events:
        found.extend(event.occurrences(window_start, window_end))
    return sorted(found, key=lambda item: item.start)


def recent_occurrences(events, limit):
    """The last occurrence of the most recently finished events, newest first."""
    return [event.last_occurrence() for event in events.order_by("-series_end")[:limit]]
