"""The events calendar at /akce/: reading its URL parameters and choosing what to list.

Parameters: ``od`` and ``do`` (dates), ``kategorie`` (category slug), ``kampan`` (campaign
slug), ``mesic`` (RRRR-MM, month view), ``strana`` (page). Bad values are reported in Czech
and ignored; the listing never fails because of them.
"""

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from django import forms

from campaigns.forms import DescribedErrorsMixin
from campaigns.models.event_queries import (
    LOOKAHEAD_DAYS,
    next_occurrences,
    occurrences_between,
)
from campaigns.models.events import EventCategory
from campaigns.recurrence import day_bounds

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d. %m. %Y"]
DATE_ERROR = "Zadejte datum ve tvaru RRRR-MM-DD, například 2026-12-01."
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2999  # beyond them a day's end overflows datetime


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class EventFilterForm(DescribedErrorsMixin, forms.Form):
    od = forms.DateField(
        label="Od",
        required=False,
        input_formats=DATE_FORMATS,
        widget=DateInput(),
        error_messages={"invalid": DATE_ERROR},
    )
    do = forms.DateField(
        label="Do",
        required=False,
        input_formats=DATE_FORMATS,
        widget=DateInput(),
        error_messages={"invalid": DATE_ERROR},
    )
    kategorie = forms.ChoiceField(
        label="Druh akce",
        required=False,
        choices=[("", "Všechny druhy"), *EventCategory.choices],
        error_messages={"invalid_choice": "Druh akce „%(value)s“ neznáme; zobrazujeme všechny."},
    )
    kampan = forms.ChoiceField(
        label="Kampaň",
        required=False,
        error_messages={"invalid_choice": "Kampaň „%(value)s“ neznáme; zobrazujeme všechny."},
    )
    mesic = forms.CharField(label="Měsíc", required=False, widget=forms.HiddenInput)

    def __init__(self, data, campaigns):
        super().__init__(data)
        self.campaigns = {campaign.slug: campaign for campaign in campaigns}
        self.fields["kampan"].choices = [("", "Všechny kampaně")] + [
            (slug, campaign.title) for slug, campaign in self.campaigns.items()
        ]

    def clean_mesic(self):
        value = self.cleaned_data["mesic"].strip()
        if not value:
            return None
        match = MONTH_PATTERN.match(value)
        if (
            not match
            or not 1 <= int(match[2]) <= 12
            or not FIRST_YEAR <= int(match[1]) <= LAST_YEAR
        ):
            raise forms.ValidationError("Měsíc zadejte ve tvaru RRRR-MM, například 2026-12.")
        return date(int(match[1]), int(match[2]), 1)

    def _date_in_range(self, name):
        value = self.cleaned_data[name]
        if value and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(f"Zadejte datum mezi roky {FIRST_YEAR} a {LAST_YEAR}.")
        return value

    def clean_od(self):
        return self._date_in_range("od")

    def clean_do(self):
        return self._date_in_range("do")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("od"), cleaned.get("do")
        if start and end and end < start:
            self.add_error("do", "Datum „do“ nesmí být dříve než datum „od“.")
            cleaned.pop("do", None)
        return cleaned

    def valid_value(self, name):
        """The field's cleaned value, or None when it was empty or invalid."""
        self.is_valid()
        return self.cleaned_data.get(name) or None


@dataclass
class DayCell:
    day: date
    in_month: bool
    occurrences: list = field(default_factory=list)


@dataclass
class EventListing:
    """What the calendar shows: a heading, the occurrences and, in month view, a grid."""

    mode: str
    heading: str
    occurrences: list
    month: date | None = None
    weeks: list | None = None


def filtered_events(events, form):
    """Narrow the events queryset by the category and campaign the visitor chose."""
    category = form.valid_value("kategorie")
    if category:
        events = events.in_category(category)
    campaign = form.campaigns.get(form.valid_value("kampan") or "")
    if campaign:
        events = events.for_campaign(campaign)
    return events


def build_listing(events, form, today):
    """The occurrences to list for the visitor's parameters, upcoming ones by default."""
    events = filtered_events(events, form)
    month = form.valid_value("mesic")
    if month:
        return _month_listing(events, month)
    start, end = form.valid_value("od"), form.valid_value("do")
    if start or end:
        return _range_listing(events, start or today, end)
    return EventListing("upcoming", "Nadcházející akce", next_occurrences(events.upcoming()))


def _range_listing(events, start, end):
    window_start = day_bounds(start)[0]
    last_day = end or start + timedelta(days=LOOKAHEAD_DAYS)
    window_end = day_bounds(last_day)[1]
    found = occurrences_between(
        events.overlapping(window_start, window_end), window_start, window_end
    )
    if end:
        heading = f"Akce od {start:%-d. %-m. %Y} do {end:%-d. %-m. %Y}"
    else:
        heading = f"Akce od {start:%-d. %-m. %Y}"
    return EventListing("range", heading, found)


def _month_listing(events, month):
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    window_start, window_end = day_bounds(month)[0], day_bounds(last)[1]
    found = occurrences_between(
        events.overlapping(window_start, window_end), window_start, window_end
    )
    return EventListing("month", "", found, month=month, weeks=month_grid(month, found))


def month_grid(month, occurrences):
    """Weeks (Monday first) of the month, each day with the occurrences touching it."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month):
        cells = [DayCell(day, day.month == month.month) for day in week]
        for cell in cells:
            cell.occurrences = [
                item
                for item in occurrences
                if item.local_start.date() <= cell.day <= item.local_end.date()
            ]
        weeks.append(cells)
    return weeks


def quick_ranges(today):
    """The quick filters: (label, first day, last day)."""
    week_end = today + timedelta(days=6 - today.weekday())
    month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    next_month = month_end + timedelta(days=1)
    next_month_end = next_month.replace(
        day=calendar.monthrange(next_month.year, next_month.month)[1]
    )
    return [
        ("Dnes", today, today),
        ("Zítra", today + timedelta(days=1), today + timedelta(days=1)),
        ("Tento týden", today, week_end),
        ("Tento měsíc", today, month_end),
        ("Příští měsíc", next_month, next_month_end),
    ]


def shift_month(month, delta):
    """The first day of the month ``delta`` months before or after ``month``."""
    index = month.year * 12 + month.month - 1 + delta
    return date(index // 12, index % 12 + 1, 1)
