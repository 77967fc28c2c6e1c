"""The statuses of a measure and the four kinds of progress the plan pages chart."""

from django.db import models


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", "Plánováno"
    IN_PROGRESS = "in_progress", "Probíhá"
    DONE = "done", "Splněno"
    PARTLY = "partly", "Splněno částečně"
    NOT_DONE = "not_done", "Nesplněno"
    CANCELLED = "cancelled", "Zrušeno"


STATUS_LABELS = dict(MeasureStatus.choices)

# Progress as the plan and working-group pages show it: (key, label, statuses counted in it).
PROGRESS_KINDS = [
    ("fulfilled", "Splněno", {MeasureStatus.DONE}),
    ("in_progress", "Probíhá", {MeasureStatus.IN_PROGRESS, MeasureStatus.PARTLY}),
    ("not_started", "Nezahájeno", {MeasureStatus.PLANNED}),
    ("dropped", "Nesplněno nebo zrušeno", {MeasureStatus.NOT_DONE, MeasureStatus.CANCELLED}),
]


def progress_kind(status):
    return next((key for key, _label, statuses in PROGRESS_KINDS if status in statuses), "")
