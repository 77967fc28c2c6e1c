from django import template

from plans.statuses import STATUS_LABELS

register = template.Library()


@register.filter
def measure_status_label(status):
    """The Czech label of a measure status key (``"done"`` → ``"Splněno"``)."""
    return STATUS_LABELS.get(status, "")
