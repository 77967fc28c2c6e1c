"""The searchable mirror of a plan's goals and measures.

A plan is edited in one place (its StreamField); when it is published, every goal and measure
is copied into a ``PlanItem`` row. The rows make goals and measures findable one by one in the
site search, let a working group list its measures across plans, and give consultation
comments something stable to point at.
"""

from django.db import models
from django.utils.html import strip_tags
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from plans.blocks import MEASURE_STATUSES
from plans.outline import anchor_for, build_outline


class PlanItemQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def measures(self):
        return self.filter(kind=PlanItem.Kind.MEASURE)

    def goals(self):
        return self.filter(kind=PlanItem.Kind.GOAL)

    def of_live_plans(self):
        return self.filter(plan__live=True)

    def for_working_group(self, group_page):
        return self.filter(working_group=group_page)


class PlanItem(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        GOAL = "goal", "Cíl"
        MEASURE = "measure", "Opatření"

    plan = models.ForeignKey(
        "plans.CommunityPlanPage",
        verbose_name="Plán",
        on_delete=models.CASCADE,
        related_name="items",
    )
    kind = models.CharField("Druh", max_length=10, choices=Kind.choices)
    code = models.CharField("Kód", max_length=20)
    title = models.CharField("Název", max_length=300)
    text = models.TextField("Text", blank=True)
    goal_code = models.CharField("Kód cíle", max_length=20, blank=True)
    chapter_title = models.CharField("Kapitola", max_length=200, blank=True)
    working_group = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Pracovní skupina",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    area = models.CharField("Oblast plánování", max_length=200, blank=True)
    status = models.CharField("Stav", max_length=20, choices=MEASURE_STATUSES, blank=True)
    bearer_name = models.CharField("Nositel", max_length=200, blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    objects = PlanItemQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("code"),
        index.SearchField("text"),
        index.SearchField("bearer_name"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("plan_id"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = "Cíl nebo opatření plánu"
        verbose_name_plural = "Cíle a opatření plánů"
        ordering = ["plan", "sort_order"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "kind", "code"], name="unique_plan_item_code")
        ]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return f"{self.get_kind_display()} {self.code} {self.title}"

    @property
    def anchor(self):
        return anchor_for(self.kind, self.code)

    def get_url(self, request=None):
        return f"{self.plan.get_url(request)}#{self.anchor}"

    @classmethod
    def sync_plan(cls, plan):
        """Mirror the goals and measures of ``plan``'s structure; drop those no longer in it."""
        kept = []
        for position, (kind, defaults) in enumerate(item_rows(plan)):
            item, _ = cls.objects.update_or_create(
                plan=plan, kind=kind, code=defaults.pop("code"), defaults=defaults
            )
            item.sort_order = position
            item.save(update_fields=["sort_order"])
            kept.append(item.pk)
        cls.objects.filter(plan=plan).exclude(pk__in=kept).delete()


def item_rows(plan):
    """``(kind, fields)`` for every goal and measure of the plan, in reading order."""
    for chapter in build_outline(plan.structure):
        group = chapter.working_group
        common = {
            "chapter_title": chapter.title,
            "working_group": group,
            "area": chapter.area,
        }
        for goal in chapter.goals:
            yield (
                PlanItem.Kind.GOAL,
                {
                    **common,
                    "code": goal.code,
                    "title": goal.title,
                    "text": strip_tags(str(goal.value["description"] or "")),
                    "goal_code": goal.code,
                    "status": "",
                    "bearer_name": "",
                },
            )
            for measure in goal.measures:
                value = measure.value
                text = " ".join(
                    strip_tags(str(value[name] or ""))
                    for name in ("description", "activities", "indicators")
                )
                yield (
                    PlanItem.Kind.MEASURE,
                    {
                        **common,
                        "area": measure.area,
                        "code": measure.code,
                        "title": measure.title,
                        "text": text,
                        "goal_code": goal.code,
                        "status": measure.status,
                        "bearer_name": measure.bearer_name,
                    },
                )
