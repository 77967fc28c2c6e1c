"""A plan's structure read from its StreamField: chapters → goals → measures, with anchors.

The plan page, its print view, the consultation form and the search mirror (``PlanItem``)
all read the structure through :func:`build_outline`, so codes and anchors agree everywhere.
"""

from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.text import slugify

from plans.blocks import MEASURE_STATUSES
from portal.blocks import live_or_none

STATUS_LABELS = dict(MEASURE_STATUSES)


def anchor_for(kind, code):
    """``("measure", "1.1.2")`` → ``"opatreni-1-1-2"``; ``("goal", "1.1")`` → ``"cil-1-1"``."""
    prefix = "opatreni" if kind == "measure" else "cil"
    return f"{prefix}-{code.replace('.', '-')}"


def organisation_name(partner):
    """The name of a bearer or partner block value: its own name, else the provider's title."""
    if not partner:
        return ""
    if partner.get("name"):
        return partner["name"]
    page = live_or_none(partner.get("page"))
    return page.title if page else ""


@dataclass
class Measure:
    value: object
    goal: "Goal"

    code = property(lambda self: self.value["code"])
    title = property(lambda self: self.value["title"])
    status = property(lambda self: self.value["status"])
    status_label = property(lambda self: STATUS_LABELS.get(self.value["status"], ""))
    anchor = property(lambda self: anchor_for("measure", self.code))

    @cached_property
    def bearer_name(self):
        return organisation_name(self.value["bearer"])

    @property
    def bearer_slug(self):
        return slugify(self.bearer_name)

    @property
    def area(self):
        return self.value["target_group"] or self.goal.chapter.area

    @property
    def evaluations(self):
        return sorted(self.value["evaluations"], key=lambda entry: entry["year"])


@dataclass
class Goal:
    value: object
    chapter: "Chapter"
    measures: list = field(default_factory=list)

    code = property(lambda self: self.value["code"])
    title = property(lambda self: self.value["title"])
    anchor = property(lambda self: anchor_for("goal", self.code))


@dataclass
class Chapter:
    value: object
    goals: list = field(default_factory=list)

    code = property(lambda self: self.value["code"])
    title = property(lambda self: self.value["title"])
    working_group = property(lambda self: self.value["working_group"])

    @property
    def anchor(self):
        return f"kapitola-{slugify(self.code) or slugify(self.title)}"

    @property
    def area(self):
        return self.value["planning_area"] or self.title

    @property
    def group_name(self):
        """The working group (or planning area) measures of this chapter are filtered by."""
        group = live_or_none(self.working_group)
        return group.title if group else self.area

    @property
    def group_slug(self):
        return slugify(self.group_name)


def build_outline(structure):
    """Wrap a plan's ``structure`` StreamField value into chapters, goals and measures."""
    chapters = []
    for block in structure:
        chapter = Chapter(block.value)
        for goal_value in block.value["goals"]:
            goal = Goal(goal_value, chapter)
            goal.measures = [Measure(value, goal) for value in goal_value["measures"]]
            chapter.goals.append(goal)
        chapters.append(chapter)
    return chapters


def iter_measures(chapters):
    for chapter in chapters:
        for goal in chapter.goals:
            yield from goal.measures


def filter_outline(chapters, group="", status="", bearer=""):
    """The chapters with only the measures that match; goals left without measures are dropped."""
    result = []
    for chapter in chapters:
        if group and chapter.group_slug != group:
            continue
        kept_goals = []
        for goal in chapter.goals:
            measures = [
                m
                for m in goal.measures
                if (not status or m.status == status) and (not bearer or m.bearer_slug == bearer)
            ]
            if measures:
                kept_goals.append(Goal(goal.value, chapter, measures))
        if kept_goals:
            result.append(Chapter(chapter.value, kept_goals))
    return result


def progress(chapters):
    """Counts of measures per status, overall and per working group, in status order."""
    overall = dict.fromkeys(STATUS_LABELS, 0)
    per_group = {}
    for measure in iter_measures(chapters):
        overall[measure.status] = overall.get(measure.status, 0) + 1
        name = measure.goal.chapter.group_name
        counts = per_group.setdefault(name, dict.fromkeys(STATUS_LABELS, 0))
        counts[measure.status] = counts.get(measure.status, 0) + 1
    return {
        "statuses": [(key, STATUS_LABELS[key]) for key in STATUS_LABELS],
        "overall": [overall[key] for key in STATUS_LABELS],
        "total": sum(overall.values()),
        "groups": [
            (name, [counts[key] for key in STATUS_LABELS], sum(counts.values()))
            for name, counts in per_group.items()
        ],
    }
