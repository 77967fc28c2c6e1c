"""A plan's records read at once for its pages: chapters → goals → measures, and their progress.

The plan page, its print view, a working-group page and the consultation form read the records
through :func:`build_outline`: a fixed number of queries whatever the size of the plan. Each
chapter gets ``goal_list`` and each goal ``measure_list`` (in order); filtering makes shallow
copies, so the records themselves are never changed.
"""

import copy

from django.db.models import Prefetch

from plans.statuses import PROGRESS_KINDS, STATUS_LABELS


def build_outline(plan):
    """The chapters of ``plan`` with their goals and measures and everything a measure shows."""
    from plans.models import PlanChapter, PlanGoal, PlanMeasure

    measures = PlanMeasure.objects.with_details().order_by("sort_order", "pk")
    goals = PlanGoal.objects.order_by("sort_order", "pk").prefetch_related(
        Prefetch("measures", queryset=measures, to_attr="measure_list")
    )
    chapters = list(
        PlanChapter.objects.filter(plan=plan)
        .select_related("working_group")
        .order_by("sort_order", "pk")
        .prefetch_related(Prefetch("goals", queryset=goals, to_attr="goal_list"))
    )
    measure_url = plan.links["measure"]
    for chapter in chapters:
        chapter.plan = plan
        for goal in chapter.goal_list:
            goal.chapter = chapter
            goal.plan = plan
            for measure in goal.measure_list:
                measure.goal = goal
                measure.plan = plan
                measure.public_url = measure_url.replace("__code__", measure.slug)
                for evaluation in measure.evaluation_list:
                    evaluation.indicator_values = measure.indicator_values(evaluation)
    return chapters


def iter_goals(chapters):
    for chapter in chapters:
        yield from chapter.goal_list


def iter_measures(chapters):
    for goal in iter_goals(chapters):
        yield from goal.measure_list


def filter_outline(chapters, group="", status="", bearer=""):
    """The chapters with only the measures that match; goals left without measures are dropped."""
    result = []
    for chapter in chapters:
        if group and chapter.group_slug != group:
            continue
        kept_goals = []
        for goal in chapter.goal_list:
            measures = [
                m
                for m in goal.measure_list
                if (not status or m.status == status) and (not bearer or m.bearer_slug == bearer)
            ]
            if measures:
                kept = copy.copy(goal)
                kept.measure_list = measures
                kept_goals.append(kept)
        if kept_goals:
            kept = copy.copy(chapter)
            kept.goal_list = kept_goals
            result.append(kept)
    return result


def progress_of(measures):
    """How many of ``measures`` are fulfilled, in progress, not started or dropped.

    Each kind gives its count, its share in per cent and where its bar starts in the chart
    (in per cent of the bar's width).
    """
    measures = list(measures)
    total = len(measures)
    kinds, start = [], 0.0
    for key, label, statuses in PROGRESS_KINDS:
        count = sum(1 for measure in measures if measure.status in statuses)
        width = 100 * count / total if total else 0.0
        kinds.append(
            {
                "key": key,
                "label": label,
                "count": count,
                "share": round(width),
                "start": f"{start:.2f}",
                "width": f"{width:.2f}",
            }
        )
        start += width
    return {"total": total, "kinds": kinds}


def progress(chapters):
    """Progress of the whole plan and of each working group (or planning area)."""
    per_group = {}
    for chapter in chapters:
        per_group.setdefault(chapter.group_name, []).extend(
            measure for goal in chapter.goal_list for measure in goal.measure_list
        )
    return {
        "overall": progress_of(iter_measures(chapters)),
        "groups": [(name, progress_of(measures)) for name, measures in per_group.items()],
    }


__all__ = [
    "STATUS_LABELS",
    "build_outline",
    "filter_outline",
    "iter_goals",
    "iter_measures",
    "progress",
    "progress_of",
]
