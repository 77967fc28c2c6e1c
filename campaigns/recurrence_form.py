"""How editors set a repeating event: a few choices instead of iCalendar syntax.

``RecurrenceWidget`` edits the ``recurrence_rule`` text field of an event: it shows the rule as
choices (weekly on some weekdays, monthly on the n-th weekday, how many times) and writes the
RRULE back. "Until" and the exception dates are the event's own fields next to it. A rule the
form cannot show (e.g. from an import) is kept unchanged unless the editor chooses another.
A plain ``recurrence_rule`` value in the submitted data (an API client, a test) is used as is.
"""

from django import forms

from campaigns.recurrence import WEEKDAY_CODES, compose_rule, describe, rule_choices

WEEKDAY_NAMES = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
POSITIONS = [("1", "první"), ("2", "druhý"), ("3", "třetí"), ("4", "čtvrtý"), ("-1", "poslední")]
KEEP = "ponechat"


class RecurrenceWidget(forms.Widget):
    template_name = "campaigns/admin/recurrence_widget.html"

    def format_value(self, value):
        return value or ""

    def value_from_datadict(self, data, files, name):
        frequency = data.get(f"{name}-opakovani")
        if frequency is None:
            return data.get(name, "")
        if frequency == KEEP:
            return data.get(f"{name}-puvodni", "")
        choices = {
            "frequency": frequency,
            "interval": _number(data.get(f"{name}-interval")) or 1,
            "weekdays": data.getlist(f"{name}-dny") if hasattr(data, "getlist") else [],
            "position": data.get(f"{name}-poradi", ""),
            "weekday": data.get(f"{name}-den", ""),
            "count": _number(data.get(f"{name}-pocet")) or "",
        }
        return compose_rule(**choices)

    def value_omitted_from_data(self, data, files, name):
        return f"{name}-opakovani" not in data and name not in data

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        choices = rule_choices(value)
        current = choices or {"frequency": KEEP}
        context["widget"].update(
            choices=current,
            kept_rule=value if choices is None else "",
            kept_description=describe(value) if choices is None else "",
            weekdays=list(zip(WEEKDAY_CODES, WEEKDAY_NAMES, strict=True)),
            positions=POSITIONS,
            intervals=[
                (1, "každý týden"),
                (2, "každý druhý týden"),
                (3, "každý třetí týden"),
                (4, "každý čtvrtý týden"),
            ],
        )
        return context


def _number(text):
    text = (text or "").strip()
    return int(text) if text.isdigit() and 0 < int(text) <= 1000 else None
