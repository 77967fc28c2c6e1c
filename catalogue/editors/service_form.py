"""The service editing form: opening hours as a weekly grid, and one age control.

Opening hours stay stored as ``OpeningHours`` rows (the public page, the "open today" check and
the HSDS export read them); the grid only edits them. The registry's age groups follow from the
age range the editor enters.

``catalogue.models.services`` imports this module for ``base_form_class``, so it imports only
modules that ``catalogue.models`` has loaded before ``services`` (``service_parts``, ``taxonomy``).
"""

import functools
import re
from datetime import time

from django import forms
from wagtail.admin import compare
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from catalogue.models.service_parts import WEEKDAYS, OpeningHours
from catalogue.models.taxonomy import AgeGroup

INTERVALS_PER_DAY = 3
CLOSED = "zavreno"
OPEN = "otevreno"
DAY_STATES = [
    (CLOSED, "zavřeno / neuvedeno"),
    (OPEN, "otevřeno v časech"),
    (OpeningHours.Kind.ALL_DAY.value, "nonstop (celý den)"),
    (OpeningHours.Kind.BY_APPOINTMENT.value, "po dohodě"),
]
_KIND_OF_STATE = {
    OPEN: OpeningHours.Kind.HOURS,
    OpeningHours.Kind.ALL_DAY.value: OpeningHours.Kind.ALL_DAY,
    OpeningHours.Kind.BY_APPOINTMENT.value: OpeningHours.Kind.BY_APPOINTMENT,
}


def week_from_rows(rows):
    """The grid's value: for each weekday its state and its (opens, closes) intervals."""
    week = [{"state": CLOSED, "intervals": []} for _ in WEEKDAYS]
    for row in sorted(rows, key=OpeningHours.sort_key):
        day = week[row.weekday]
        if row.kind == OpeningHours.Kind.HOURS:
            day["state"] = OPEN
            day["intervals"].append((row.opens, row.closes))
        else:
            day["state"] = row.kind
    return week


def rows_from_week(week):
    """``OpeningHours`` rows (not saved) for a grid value."""
    rows = []
    for weekday, day in enumerate(week):
        kind = _KIND_OF_STATE.get(day["state"])
        if kind == OpeningHours.Kind.HOURS:
            rows.extend(
                OpeningHours(weekday=weekday, opens=opens, closes=closes)
                for opens, closes in day["intervals"]
            )
        elif kind is not None:
            rows.append(OpeningHours(weekday=weekday, kind=kind))
    return rows


class WeeklyHoursWidget(forms.Widget):
    """One row per weekday: a state and up to three time intervals."""

    template_name = "catalogue_editors/widgets/weekly_hours.html"

    def value_from_datadict(self, data, files, name):
        week = []
        for weekday, _ in WEEKDAYS:
            prefix = f"{name}-{weekday}"
            intervals = [
                (data.get(f"{prefix}-{n}-od", "").strip(), data.get(f"{prefix}-{n}-do", "").strip())
                for n in range(INTERVALS_PER_DAY)
            ]
            week.append({"state": data.get(f"{prefix}-stav", CLOSED), "intervals": intervals})
        return week

    def value_omitted_from_data(self, data, files, name):
        return f"{name}-0-stav" not in data

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        week = value or week_from_rows([])
        days = []
        for (weekday, day_name), day in zip(WEEKDAYS, week, strict=True):
            intervals = [_as_text(pair) for pair in day["intervals"]]
            intervals += [("", "")] * (INTERVALS_PER_DAY - len(intervals))
            days.append(
                {
                    "name": day_name,
                    "prefix": f"{name}-{weekday}",
                    "state": day["state"],
                    "intervals": intervals[:INTERVALS_PER_DAY],
                }
            )
        context["widget"].update(days=days, states=DAY_STATES)
        return context


def _as_text(pair):
    return tuple(f"{value:%-H:%M}" if isinstance(value, time) else value for value in pair)


class WeeklyHoursField(forms.Field):
    widget = WeeklyHoursWidget

    def has_changed(self, initial, data):
        try:
            return self.clean(data) != (initial or week_from_rows([]))
        except forms.ValidationError:
            return True

    def clean(self, value):
        week, problems = [], []
        for (_, day_name), day in zip(WEEKDAYS, value, strict=True):
            state = day["state"] if day["state"] in dict(DAY_STATES) else CLOSED
            intervals = []
            if state == OPEN:
                for opens_text, closes_text in day["intervals"]:
                    if not opens_text and not closes_text:
                        continue
                    opens, closes = _time(opens_text), _time(closes_text)
                    if opens is None or closes is None:
                        problems.append(f"{day_name}: zadejte začátek i konec ve tvaru 8:00.")
                    elif opens >= closes:
                        problems.append(f"{day_name}: konec musí být později než začátek.")
                    else:
                        intervals.append((opens, closes))
                intervals.sort()
                if any(a[1] > b[0] for a, b in zip(intervals, intervals[1:], strict=False)):
                    problems.append(f"{day_name}: časy se překrývají.")
                if not intervals and not problems:
                    problems.append(
                        f"{day_name}: zadejte alespoň jeden čas, nebo zvolte jiný stav."
                    )
            week.append({"state": state, "intervals": intervals})
        if problems:
            raise forms.ValidationError(problems)
        return week


class WeeklyHoursPanel(FieldPanel):
    """The grid's panel; revisions are compared row by row like an inline panel."""

    def __init__(self, field_name="weekly_hours", **kwargs):
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def get_comparison(self):
            child_fields = [
                functools.partial(compare.ChoiceFieldComparison, OpeningHours._meta.get_field(name))
                for name in ("weekday", "kind")
            ] + [
                functools.partial(compare.FieldComparison, OpeningHours._meta.get_field(name))
                for name in ("opens", "closes")
            ]
            relation = self.panel.model._meta.get_field("opening_hours")
            return [
                functools.partial(
                    compare.ChildRelationComparison, relation, child_fields, label="Otevírací doba"
                )
            ]


def _time(text):
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", text or "")
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2])
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


_AGE_RANGE = re.compile(r"(\d+)\s*[–-]\s*(\d+)")
_AGE_OVER = re.compile(r"nad\s+(\d+)")


def age_bounds(name):
    """The ages an age group of the registry covers, from its name: (from, to or None)."""
    if match := _AGE_RANGE.search(name):
        return int(match[1]), int(match[2])
    if match := _AGE_OVER.search(name):
        return int(match[1]) + 1, None
    return 0, None  # "bez omezení věku"


def range_of_groups(groups):
    """The age range (from, to) that ``groups`` cover together; (None, None) for none/any age."""
    bounds = [age_bounds(group.name) for group in groups]
    if not bounds or (0, None) in bounds:
        return None, None
    low = min(low for low, _ in bounds)
    high = None if any(high is None for _, high in bounds) else max(high for _, high in bounds)
    return low or None, high


def age_groups_for(age_from, age_to, groups):
    """The registry's age groups overlapping the range ``age_from``–``age_to`` (both optional)."""
    low, high = age_from or 0, age_to if age_to is not None else 200
    chosen = []
    for group in groups:
        group_low, group_high = age_bounds(group.name)
        if group_low == 0 and group_high is None:
            continue  # "bez omezení věku" is chosen only when no range is given
        if group_low <= high and (group_high is None or group_high >= low):
            chosen.append(group)
    if age_from is None and age_to is None:
        chosen = [group for group in groups if age_bounds(group.name) == (0, None)]
    return chosen


class ServicePageForm(WagtailAdminPageForm):
    weekly_hours = WeeklyHoursField(
        label="Otevírací doba po dnech",
        required=False,
        help_text="U každého dne zvolte stav; u „otevřeno v časech“ vyplňte až tři časy "
        "(např. 8:00–12:00 a 13:00–16:30).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "weekly_hours" in self.fields:
            self.initial["weekly_hours"] = week_from_rows(self.instance.opening_hours.all())
        page = self.instance
        if "age_from" in self.fields and page.age_from is None and page.age_to is None:
            # Imported or older services may have only the registry's groups: start from them.
            low, high = range_of_groups(page.age_groups.all())
            self.initial.update(age_from=low, age_to=high)

    def clean(self):
        cleaned = super().clean()
        age_from, age_to = cleaned.get("age_from"), cleaned.get("age_to")
        if age_from is not None and age_to is not None and age_from > age_to:
            self.add_error("age_to", "Horní věková hranice je nižší než dolní.")
        return cleaned

    def save(self, commit=True):
        page = super().save(commit=False)
        if "weekly_hours" in self.fields and "weekly_hours" in self.cleaned_data:
            page.opening_hours = rows_from_week(self.cleaned_data["weekly_hours"])
        if "age_from" in self.fields:
            groups = age_groups_for(page.age_from, page.age_to, AgeGroup.objects.order_by("pk"))
            page.age_groups = groups
        if commit:
            page.save()
        return page
