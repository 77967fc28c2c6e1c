"""Move every plan's chapters, goals and measures from its StreamField into records.

Nothing is dropped: every field of every block finds its place (indicators, one per line,
become indicator records; the yearly evaluations become evaluation records), a bearer or
partner picked from the catalogue stays linked, and a consultation comment that pointed at a
goal or measure (through the old search mirror) points at the new record with the same code.
"""

from django.db import migrations


def _items(values):
    """The values of a ListBlock in raw data, old (plain list) or new (``{"type": "item"}``)."""
    for entry in values or []:
        if isinstance(entry, dict) and entry.get("type") == "item" and "value" in entry:
            yield entry["value"]
        else:
            yield entry


def _provider_id(ProviderPage, value):
    page_id = (value or {}).get("page")
    if page_id and ProviderPage.objects.filter(pk=page_id).exists():
        return page_id
    return None


def _insert(model, **fields):
    """Create a row without sending ``post_save`` (the search index is rebuilt after migrating)."""
    (row,) = model.objects.bulk_create([model(**fields)])
    return row


def structure_to_records(apps, schema_editor):
    Plan = apps.get_model("plans", "CommunityPlanPage")
    Chapter = apps.get_model("plans", "PlanChapter")
    Goal = apps.get_model("plans", "PlanGoal")
    Measure = apps.get_model("plans", "PlanMeasure")
    Partner = apps.get_model("plans", "MeasurePartner")
    Indicator = apps.get_model("plans", "MeasureIndicator")
    Evaluation = apps.get_model("plans", "MeasureEvaluation")
    WorkingGroup = apps.get_model("plans", "WorkingGroupPage")
    ProviderPage = apps.get_model("catalogue", "ProviderPage")
    Comment = apps.get_model("plans", "PlanComment")

    for plan in Plan.objects.all():
        codes = [
            goal["code"]
            for chapter in plan.structure.raw_data
            for goal in _items(chapter["value"].get("goals"))
        ]
        if codes and all("." not in code for code in codes):
            plan.goal_numbering = "plan"
            plan.save(update_fields=["goal_numbering"])
        for chapter_order, block in enumerate(plan.structure.raw_data):
            value = block["value"]
            group_id = value.get("working_group")
            chapter = _insert(
                Chapter,
                plan=plan,
                sort_order=chapter_order,
                code=value.get("code", ""),
                title=value.get("title", ""),
                working_group_id=(
                    group_id
                    if group_id and WorkingGroup.objects.filter(pk=group_id).exists()
                    else None
                ),
                planning_area=value.get("planning_area") or "",
                introduction=value.get("introduction") or "",
            )
            for goal_order, goal_value in enumerate(_items(value.get("goals"))):
                goal = _insert(
                    Goal,
                    chapter=chapter,
                    plan=plan,
                    sort_order=goal_order,
                    code=goal_value["code"],
                    title=goal_value["title"],
                    description=goal_value.get("description") or "",
                )
                for measure_order, m in enumerate(_items(goal_value.get("measures"))):
                    bearer = m.get("bearer") or {}
                    measure = _insert(
                        Measure,
                        goal=goal,
                        plan=plan,
                        sort_order=measure_order,
                        code=m["code"],
                        title=m["title"],
                        status=m.get("status") or "planned",
                        description=m.get("description") or "",
                        activities=m.get("activities") or "",
                        bearer_provider_id=_provider_id(ProviderPage, bearer),
                        bearer_name=bearer.get("name") or "",
                        target_group=m.get("target_group") or "",
                        time_frame=m.get("time_frame") or "",
                        funding_estimate=m.get("funding_estimate") or "",
                        funding_sources=m.get("funding_sources") or "",
                    )
                    for order, partner in enumerate(_items(m.get("partners"))):
                        _insert(
                            Partner,
                            measure=measure,
                            sort_order=order,
                            provider_id=_provider_id(ProviderPage, partner),
                            name=partner.get("name") or "",
                        )
                    lines = (m.get("indicators") or "").splitlines()
                    for order, line in enumerate(line.strip() for line in lines if line.strip()):
                        _insert(Indicator, measure=measure, sort_order=order, name=line)
                    by_year = {}
                    for entry in _items(m.get("evaluations")):
                        # Two entries of one year (the blocks allowed it) become one record.
                        if entry["year"] in by_year:
                            earlier = by_year[entry["year"]]
                            earlier.status = entry["status"]
                            earlier.comment = "\n\n".join(
                                filter(None, [earlier.comment, entry.get("text") or ""])
                            )
                            earlier.save(update_fields=["status", "comment"])
                            continue
                        by_year[entry["year"]] = _insert(
                            Evaluation,
                            measure=measure,
                            year=entry["year"],
                            status=entry["status"],
                            comment=entry.get("text") or "",
                        )

    for comment in Comment.objects.exclude(item=None).select_related("item"):
        item = comment.item
        if item.kind == "measure":
            comment.measure = Measure.objects.filter(
                plan_id=comment.plan_id, code=item.code
            ).first()
            comment.goal = comment.measure.goal if comment.measure else None
        else:
            comment.goal = Goal.objects.filter(plan_id=comment.plan_id, code=item.code).first()
        comment.save(update_fields=["goal", "measure"])


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0003_records"),
    ]

    operations = [
        migrations.RunPython(structure_to_records, migrations.RunPython.noop),
    ]
