"""Repeating events: an iCalendar RRULE with exception dates, expanded in Prague wall-clock time.

A monthly meeting "every third Thursday at 13:00" stays at 13:00 local time across the
daylight-saving change, so rules are always expanded from the start in Europe/Prague.
"""

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

PRAGUE = ZoneInfo("Europe/Prague")
# Safety net for open-ended or very long rules: never expand more than this many dates.
MAX_OCCURRENCES = 1000

_FORBIDDEN_PARTS = ("DTSTART", "UNTIL")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


class RecurrenceError(ValueError):
    """A rule or an exception date an editor typed cannot be understood (message in Czech)."""


def normalise_rule(text):
    """The rule without an 'RRULE:' prefix, spaces or a trailing semicolon, upper case."""
    text = re.sub(r"\s+", "", text or "").upper()
    return text.removeprefix("RRULE:").strip(";")


def full_rule(rule_text, until=None):
    """The rule as iCalendar text, with UNTIL (in UTC) when a last day ``until`` is given."""
    rule_text = normalise_rule(rule_text)
    if not rule_text:
        return ""
    for part in _FORBIDDEN_PARTS:
        if part in rule_text:
            raise RecurrenceError(
                f"Pravidlo nesmí obsahovat {part}; začátek a konec opakování zadejte v polích "
                "formuláře."
            )
    if until is not None:
        last_moment = datetime.combine(until, time(23, 59, 59), tzinfo=PRAGUE)
        rule_text += ";UNTIL=" + last_moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return rule_text


def build_rule(rule_text, start, until=None):
    """A dateutil rrule for ``rule_text`` starting at ``start``; None when there is no rule.

    ``until`` is the last day (a date) on which the event may repeat.
    """
    rule_text = full_rule(rule_text, until)
    if not rule_text:
        return None
    try:
        return rrule.rrulestr(rule_text, dtstart=start.astimezone(PRAGUE))
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise RecurrenceError(
            "Pravidlo opakování není platné (příklad: FREQ=MONTHLY;BYDAY=3TH)."
        ) from error


def parse_exceptions(text):
    """Exception dates, one per line or separated by commas, as ``date`` objects."""
    dates = []
    for chunk in re.split(r"[,\n;]+", text or ""):
        chunk = chunk.replace(" ", "")
        if not chunk:
            continue
        for fmt in _DATE_FORMATS:
            try:
                dates.append(datetime.strptime(chunk, fmt).date())
                break
            except ValueError:
                continue
        else:
            raise RecurrenceError(f"„{chunk}“ není datum (zadejte např. 24. 12. 2026).")
    return dates


def expand(start, end, rule, exceptions=(), window_start=None, window_end=None):
    """Occurrences ``(start, end)`` of an event, optionally only those touching a window.

    Without a rule the event occurs once. Dates in ``exceptions`` are skipped.
    """
    duration = end - start
    if rule is None:
        candidates = [start]
    elif window_start is not None and window_end is not None:
        candidates = rule.between(window_start - duration, window_end, inc=True)
    else:
        earliest = window_start - duration if window_start is not None else None
        candidates = _bounded(rule, earliest, window_end)
    skipped = set(exceptions)
    result = []
    for begin in candidates:
        finish = begin + duration
        if begin.astimezone(PRAGUE).date() in skipped:
            continue
        if window_start is not None and finish < window_start:
            continue
        if window_end is not None and begin > window_end:
            continue
        result.append((begin, finish))
    return result


def _bounded(rule, window_start, window_end):
    """Up to MAX_OCCURRENCES dates of a rule after ``window_start`` (if any)."""
    dates = []
    iterator = rule.xafter(window_start, inc=True) if window_start else iter(rule)
    for begin in iterator:
        if window_end is not None and begin > window_end:
            break
        dates.append(begin)
        if len(dates) >= MAX_OCCURRENCES:
            break
    return dates


def last_end(start, end, rule):
    """When the last occurrence ends, or None for a rule that repeats without end."""
    if rule is None:
        return end
    # dateutil keeps COUNT and UNTIL only as private attributes.
    if rule._count is None and rule._until is None:
        return None
    last = None
    for index, begin in enumerate(rule):
        last = begin
        if index >= MAX_OCCURRENCES:
            return None
    return (last + (end - start)) if last else end


def day_bounds(day):
    """The first and the last moment of a calendar day in Prague, as aware datetimes."""
    first = datetime.combine(day, time.min, tzinfo=PRAGUE)
    return first, first + timedelta(days=1) - timedelta(microseconds=1)


# Weekdays in the accusative ("každý čtvrtek", "každou středu") with their grammatical gender.
_WEEKDAYS = {
    "MO": ("pondělí", "n"),
    "TU": ("úterý", "n"),
    "WE": ("středu", "f"),
    "TH": ("čtvrtek", "m"),
    "FR": ("pátek", "m"),
    "SA": ("sobotu", "f"),
    "SU": ("neděli", "f"),
}
_EVERY = {"m": "každý", "f": "každou", "n": "každé"}
_ORDINALS = {
    1: {"m": "první", "f": "první", "n": "první"},
    2: {"m": "druhý", "f": "druhou", "n": "druhé"},
    3: {"m": "třetí", "f": "třetí", "n": "třetí"},
    4: {"m": "čtvrtý", "f": "čtvrtou", "n": "čtvrté"},
    5: {"m": "pátý", "f": "pátou", "n": "páté"},
    -1: {"m": "poslední", "f": "poslední", "n": "poslední"},
}
_UNITS = {"DAILY": "den", "WEEKLY": "týden", "MONTHLY": "měsíc", "YEARLY": "rok"}
_DESCRIBED_PARTS = {"FREQ", "INTERVAL", "BYDAY", "COUNT"}
_DAY_PATTERN = re.compile(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$")


def describe(rule_text):
    """How often an event repeats, in Czech ("každý třetí čtvrtek v měsíci").

    Covers the rules editors use for regular meetings; for any other rule (or none) it returns
    "" and the page just lists the dates.
    """
    try:
        parts = dict(part.split("=", 1) for part in normalise_rule(rule_text).split(";") if part)
    except ValueError:
        return ""
    frequency = parts.get("FREQ")
    interval = int(parts["INTERVAL"]) if parts.get("INTERVAL", "").isdigit() else 1
    days = [_DAY_PATTERN.match(day) for day in parts.get("BYDAY", "").split(",") if day]
    if (
        frequency not in _UNITS
        or not set(parts) <= _DESCRIBED_PARTS
        or parts.get("INTERVAL", "1") != str(interval)
        or interval < 1
        or not all(days)
    ):
        return ""
    if not days:
        return _every_nth(_UNITS[frequency], "m", interval)
    if frequency == "WEEKLY":
        return " a ".join(_every_nth(*_WEEKDAYS[day.group(2)], interval) for day in days)
    positions = [int(day.group(1) or 0) for day in days]
    if frequency != "MONTHLY" or interval != 1 or not set(positions) <= set(_ORDINALS):
        return ""
    described = []
    for position, day in zip(positions, days, strict=True):
        name, gender = _WEEKDAYS[day.group(2)]
        described.append(f"{_EVERY[gender]} {_ORDINALS[position][gender]} {name}")
    return " a ".join(described) + " v měsíci"


def _every_nth(name, gender, interval):
    """'každý čtvrtek', 'každou druhou středu', 'každý 6. týden'."""
    if interval == 1:
        return f"{_EVERY[gender]} {name}"
    ordinal = _ORDINALS[interval][gender] if interval in _ORDINALS else f"{interval}."
    return f"{_EVERY[gender]} {ordinal} {name}"


# The editors' form for a rule (``campaigns.recurrence_form``) covers these shapes:
# weekly on some weekdays (every n-th week), monthly on the n-th (or last) weekday, an optional
# number of dates. Any other rule is kept as it is.
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def rule_choices(rule_text):
    """The form's choices for a rule: a dict, or None for a rule the form cannot show.

    "" gives ``{"frequency": ""}`` (no repetition).
    """
    text = normalise_rule(rule_text)
    if not text:
        return {"frequency": ""}
    try:
        parts = dict(part.split("=", 1) for part in text.split(";") if part)
    except ValueError:
        return None
    if not set(parts) <= {"FREQ", "INTERVAL", "BYDAY", "COUNT"}:
        return None
    interval, count = parts.get("INTERVAL", "1"), parts.get("COUNT", "")
    if not interval.isdigit() or not (count.isdigit() or count == ""):
        return None
    days = [_DAY_PATTERN.match(day) for day in parts.get("BYDAY", "").split(",") if day]
    if not all(days):
        return None
    choices = {"frequency": parts.get("FREQ"), "interval": int(interval), "count": count}
    if choices["frequency"] == "WEEKLY":
        if any(day.group(1) for day in days):
            return None
        return choices | {"weekdays": [day.group(2) for day in days]}
    if choices["frequency"] == "MONTHLY" and choices["interval"] == 1 and len(days) <= 1:
        if not days:
            return choices | {"position": "", "weekday": ""}
        position = int(days[0].group(1) or 0)
        if position not in _ORDINALS:
            return None
        return choices | {"position": str(position), "weekday": days[0].group(2)}
    return None


def compose_rule(frequency, interval=1, weekdays=(), position="", weekday="", count=""):
    """The RRULE text for the form's choices ("" for no repetition)."""
    if frequency not in ("WEEKLY", "MONTHLY"):
        return ""
    parts = [f"FREQ={frequency}"]
    if frequency == "WEEKLY":
        if interval and int(interval) > 1:
            parts.append(f"INTERVAL={int(interval)}")
        days = [day for day in WEEKDAY_CODES if day in weekdays]
        if days:
            parts.append("BYDAY=" + ",".join(days))
    elif position and weekday in WEEKDAY_CODES:
        parts.append(f"BYDAY={int(position)}{weekday}")
    if count:
        parts.append(f"COUNT={int(count)}")
    return ";".join(parts)
