"""Codes of goals and measures ("1.1", "1.1.2"): generated from the order, frozen by publishing.

Until a plan is first published its goals and measures are numbered from their order (a goal
by its chapter's position, or through the whole plan; a measure by its goal's code). Once the
plan has been published, codes are what people and consultation comments cite, so they are
stored and never recomputed: a new goal or measure gets the next free number, and an editor may
still type a code by hand (a duplicate is refused in the form).
"""

import re

from django.core.validators import RegexValidator
from django.db import transaction

CODE_PATTERN = r"\d+(\.\d+)*"
CODE_VALIDATOR = RegexValidator(
    rf"^{CODE_PATTERN}$", "Kód tvoří čísla oddělená tečkou, např. 1.1 nebo 1.1.2."
)
DASHED_CODE = re.compile(r"^\d+(-\d+)*$")


def dashed(code):
    """``"1.1.2"`` → ``"1-1-2"`` (the measure's address and anchor)."""
    return code.replace(".", "-")


def dotted(slug):
    """``"1-1-2"`` → ``"1.1.2"``; ``None`` for anything that cannot be a code."""
    return slug.replace("-", ".") if DASHED_CODE.match(slug) else None


def anchor_for(kind, code):
    """``("measure", "1.1.2")`` → ``"opatreni-1-1-2"``; ``("goal", "1.1")`` → ``"cil-1-1"``."""
    prefix = "opatreni" if kind == "measure" else "cil"
    return f"{prefix}-{dashed(code)}"


def codes_frozen(plan):
    """Whether the plan has ever been published (read from the database: a page published
    through its revision does not update the instance at hand)."""
    if plan.first_published_at is not None:
        return True
    return type(plan).objects.filter(pk=plan.pk, first_published_at__isnull=False).exists()


def _next_number(codes, prefix):
    numbers = [
        int(code[len(prefix) :])
        for code in codes
        if code.startswith(prefix) and code[len(prefix) :].isdigit()
    ]
    return max(numbers, default=0) + 1


def goal_prefix(chapter):
    """``"2."`` for the goals of a plan's second chapter; ``""`` when goals run through the plan."""
    plan = chapter.plan
    if plan.goal_numbering == plan.GoalNumbering.PLAN:
        return ""
    ids = list(plan.chapters.order_by("sort_order", "pk").values_list("pk", flat=True))
    position = ids.index(chapter.pk) + 1 if chapter.pk in ids else len(ids) + 1
    return f"{position}."


def next_goal_code(goal):
    prefix = goal_prefix(goal.chapter)
    codes = goal.chapter.plan.goals.exclude(pk=goal.pk).values_list("code", flat=True)
    return f"{prefix}{_next_number(codes, prefix)}"


def next_measure_code(measure):
    prefix = f"{measure.goal.code}."
    codes = measure.goal.plan.measures.exclude(pk=measure.pk).values_list("code", flat=True)
    return f"{prefix}{_next_number(codes, prefix)}"


@transaction.atomic
def renumber(plan):
    """Number the goals and measures of a never-published plan from their order."""
    if codes_frozen(plan):
        return
    goals = list(
        plan.goals.select_related("chapter").order_by("chapter__sort_order", "sort_order", "pk")
    )
    measures = list(
        plan.measures.order_by("goal__chapter__sort_order", "goal__sort_order", "sort_order", "pk")
    )
    chapter_ids = list(plan.chapters.order_by("sort_order", "pk").values_list("pk", flat=True))
    per_plan = plan.goal_numbering == plan.GoalNumbering.PLAN
    wanted_goals, counters = {}, {}
    for goal in goals:
        scope = None if per_plan else goal.chapter_id
        counters[scope] = counters.get(scope, 0) + 1
        prefix = "" if per_plan else f"{chapter_ids.index(goal.chapter_id) + 1}."
        wanted_goals[goal.pk] = f"{prefix}{counters[scope]}"
    wanted_measures, counters = {}, {}
    for measure in measures:
        counters[measure.goal_id] = counters.get(measure.goal_id, 0) + 1
        wanted_measures[measure.pk] = f"{wanted_goals[measure.goal_id]}.{counters[measure.goal_id]}"
    for objects, wanted in ((goals, wanted_goals), (measures, wanted_measures)):
        changed = [obj for obj in objects if obj.code != wanted[obj.pk]]
        if not changed:
            continue
        # Two steps, so that swapping two codes never meets the plan's unique constraint.
        model = type(changed[0])
        for obj in changed:
            obj.code = f"~{obj.pk}"
        model.objects.bulk_update(changed, ["code"])
        for obj in changed:
            obj.code = wanted[obj.pk]
        model.objects.bulk_update(changed, ["code"])
