"""Validation of the API's query parameters; every problem becomes a Czech message (HTTP 400)."""

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from catalogue.hsds import ids

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
TRUE_VALUES = {"true", "1", "yes", "ano"}
FALSE_VALUES = {"false", "0", "no", "ne", ""}


class BadParameter(Exception):
    """A parameter the API cannot use; ``status`` is 400 or 404."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def _positive_int(params, name, default, maximum=None):
    value = params.get(name)
    if value is None:
        return default
    # An empty value is no integer either (the official description types these as integers).
    if not value.isdigit() or int(value) < 1 or len(value) > 9:
        raise BadParameter(f"Parametr „{name}“ musí být kladné celé číslo, ne „{value[:40]}“.")
    number = int(value)
    if maximum and number > maximum:
        raise BadParameter(f"Parametr „{name}“ může být nejvýše {maximum}.")
    return number


def page_params(params, default_per_page=DEFAULT_PER_PAGE):
    """(page, per_page); per_page above 100 is refused rather than silently capped.

    ``default_per_page`` None means "everything on one page" when per_page is not given.
    """
    return (
        _positive_int(params, "page", 1),
        _positive_int(params, "per_page", default_per_page, MAX_PER_PAGE),
    )


def flag(params, name):
    value = params.get(name, "").strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise BadParameter(f"Parametr „{name}“ musí být true nebo false, ne „{value[:40]}“.")


def uuid_list(params, name):
    """All UUIDs given in a parameter (repeated or comma-separated); AND semantics."""
    values = []
    for raw in params.getlist(name):
        for part in raw.split(","):
            part = part.strip()
            if not part:
                continue
            parsed = ids.parse(part)
            if parsed is None:
                raise BadParameter(f"Parametr „{name}“: „{part[:40]}“ není platné UUID.")
            values.append(parsed)
    return list(dict.fromkeys(values))


def path_uuid(value, what):
    parsed = ids.parse(value)
    if parsed is None:
        raise BadParameter(f"„{value[:40]}“ není platné UUID {what}.", status=404)
    return parsed


def modified_after(params):
    """The ``modified_after`` date or date-time (ISO 8601) as an aware datetime, or None."""
    value = params.get("modified_after", "").strip()
    if not value:
        return None
    try:
        moment = parse_datetime(value.replace(" ", "+"))
        if moment is None:
            day = parse_date(value)
            moment = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:
        moment = None
    if moment is None:
        raise BadParameter(
            "Parametr „modified_after“ musí být datum nebo čas ve tvaru ISO 8601, "
            "např. 2025-01-31 nebo 2025-01-31T12:00:00+01:00."
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def output_format(params):
    value = params.get("format", "json").strip().lower() or "json"
    if value not in ("json", "ndjson"):
        raise BadParameter(f"Parametr „format“ může být json nebo ndjson, ne „{value[:40]}“.")
    return value
