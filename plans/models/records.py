"""A plan's chapters, goals and measures as records of their own.

Plan → chapter (a working group or target group) → goal → measure. Each is edited on its own
in the admin ("Komunitní plány" menu), so a plan with a hundred measures stays manageable and a
measure's yearly evaluation needs no republishing of the plan. A record of a plan is public
while its plan page is live and public; codes follow :mod:`plans.codes`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from plans.codes import (
    CODE_VALIDATOR,
    anchor_for,
    dashed,
    next_goal_code,
    next_measure_code,
)
from plans.statuses import STATUS_LABELS, MeasureStatus, progress_kind

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]
CODE_HELP = (
    "Prázdné = další číslo podle pořadí. Do zveřejnění plánu se kódy číslují podle pořadí, "
    "po zveřejnění se nemění."
)
MOVED_TO_ANOTHER_PLAN = (
    "Přesun do jiného plánu není možný: kód a připomínky patří k tomuto plánu. "
    "V jiném plánu založte nový záznam."
)


def _duplicate(kind, code):
    return ValidationError({"code": f"Kód {kind} {code} už v tomto plánu je. Zvolte jiný."})


class PlanChapter(models.Model):
    """A chapter of a plan: a part of it (A, B, C) or one working group / target group."""

    plan = models.ForeignKey(
        "plans.CommunityPlanPage",
        verbose_name="Plán",
        on_delete=models.CASCADE,
        related_name="chapters",
    )
    sort_order = models.PositiveIntegerField("Pořadí", default=0)
    code = models.CharField("Označení", max_length=20, blank=True, help_text="Např. C.1 nebo 1")
    title = models.CharField("Název kapitoly", max_length=200)
    working_group = models.ForeignKey(
        "plans.WorkingGroupPage",
        verbose_name="Pracovní skupina",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_chapters",
        help_text="Pracovní skupina, která kapitolu připravila (je-li na portálu).",
    )
    planning_area = models.CharField(
        "Oblast plánování",
        max_length=200,
        blank=True,
        help_text="Např. Senioři. Slouží k filtrování opatření.",
    )
    introduction = RichTextField("Úvod kapitoly", blank=True, features=["h3", "h4", *TEXT_FEATURES])

    class Meta:
        verbose_name = "Kapitola plánu"
        verbose_name_plural = "Kapitoly plánů"
        ordering = ["plan", "sort_order", "pk"]

    def __str__(self):
        return f"{self.plan.title}: {self.code} {self.title}".strip()

    def clean(self):
        super().clean()
        if self.pk and self.plan_id:
            stored = PlanChapter.objects.filter(pk=self.pk).values_list("plan_id", flat=True)
            if stored and stored[0] != self.plan_id:
                raise ValidationError({"plan": MOVED_TO_ANOTHER_PLAN})

    @property
    def anchor(self):
        return f"kapitola-{slugify(self.code) or slugify(self.title)}"

    @property
    def area(self):
        return self.planning_area or self.title

    @property
    def live_working_group(self):
        group = self.working_group
        return group if group is not None and group.live else None

    @property
    def group_name(self):
        """The working group (or planning area) measures of this chapter are filtered by."""
        group = self.live_working_group
        return group.title if group else self.area

    @property
    def group_slug(self):
        return slugify(self.group_name)


class PlanGoal(models.Model):
    """A goal ("cíl") of a chapter."""

    chapter = models.ForeignKey(
        PlanChapter, verbose_name="Kapitola", on_delete=models.CASCADE, related_name="goals"
    )
    plan = models.ForeignKey(
        "plans.CommunityPlanPage",
        verbose_name="Plán",
        on_delete=models.CASCADE,
        related_name="goals",
        editable=False,
    )
    sort_order = models.PositiveIntegerField("Pořadí", default=0)
    code = models.CharField(
        "Kód cíle", max_length=20, blank=True, validators=[CODE_VALIDATOR], help_text=CODE_HELP
    )
    title = models.CharField("Název cíle", max_length=300)
    description = RichTextField("Popis cíle", blank=True, features=TEXT_FEATURES)

    class Meta:
        verbose_name = "Cíl plánu"
        verbose_name_plural = "Cíle plánů"
        ordering = ["plan", "chapter__sort_order", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="unique_plan_goal_code")
        ]

    def __str__(self):
        return f"Cíl {self.code} {self.title}"

    label = property(__str__)

    def clean(self):
        super().clean()
        if not self.chapter_id:
            return
        if self.pk:
            stored = PlanGoal.objects.filter(pk=self.pk).values_list("plan_id", flat=True)
            if stored and stored[0] != self.chapter.plan_id:
                raise ValidationError({"chapter": MOVED_TO_ANOTHER_PLAN})
        self.plan_id = self.chapter.plan_id
        duplicates = PlanGoal.objects.filter(plan_id=self.plan_id, code=self.code)
        if self.code and duplicates.exclude(pk=self.pk).exists():
            raise _duplicate("cíle", self.code)

    def save(self, *args, **kwargs):
        self.plan_id = self.chapter.plan_id
        if not self.code:
            self.code = next_goal_code(self)
        super().save(*args, **kwargs)

    @property
    def anchor(self):
        return anchor_for("goal", self.code)

    def get_url(self, request=None):
        return f"{self.plan.get_url(request)}#{self.anchor}"

    @property
    def search_text(self):
        return strip_tags(self.description)


class MeasureQuerySet(models.QuerySet):
    def of_live_plans(self):
        return self.filter(plan__live=True)

    def for_working_group(self, group_page):
        return self.filter(goal__chapter__working_group=group_page)

    def with_details(self):
        """What a measure shows, in a fixed number of queries whatever the number of measures.

        The related rows come as plain lists (``partner_list``, ``indicator_list``,
        ``service_list``, ``evaluation_list`` with each evaluation's ``value_list``).
        """
        return self.select_related("bearer_provider").prefetch_related(
            models.Prefetch(
                "partners",
                queryset=MeasurePartner.objects.select_related("provider"),
                to_attr="partner_list",
            ),
            models.Prefetch("indicators", to_attr="indicator_list"),
            models.Prefetch(
                "services",
                queryset=_service_model().objects.live().order_by("title"),
                to_attr="service_list",
            ),
            models.Prefetch(
                "evaluations",
                queryset=MeasureEvaluation.objects.order_by("year").prefetch_related(
                    models.Prefetch("values", to_attr="value_list")
                ),
                to_attr="evaluation_list",
            ),
        )


def _service_model():
    from django.apps import apps

    return apps.get_model("catalogue", "ServicePage")


class PlanMeasure(ClusterableModel):
    """A measure ("opatření"): what will be done, by whom, for how much and how it goes."""

    goal = models.ForeignKey(
        PlanGoal, verbose_name="Cíl", on_delete=models.CASCADE, related_name="measures"
    )
    plan = models.ForeignKey(
        "plans.CommunityPlanPage",
        verbose_name="Plán",
        on_delete=models.CASCADE,
        related_name="measures",
        editable=False,
    )
    sort_order = models.PositiveIntegerField("Pořadí", default=0)
    code = models.CharField(
        "Kód opatření",
        max_length=20,
        blank=True,
        validators=[CODE_VALIDATOR],
        help_text=CODE_HELP,
    )
    title = models.CharField("Název opatření", max_length=300)
    status = models.CharField(
        "Stav",
        max_length=20,
        choices=MeasureStatus.choices,
        default=MeasureStatus.PLANNED,
        help_text="Roční vyhodnocení nastaví stav podle posledního roku.",
    )
    description = RichTextField("Popis", blank=True, features=TEXT_FEATURES)
    activities = RichTextField("Aktivity", blank=True, features=TEXT_FEATURES)
    bearer_provider = models.ForeignKey(
        "catalogue.ProviderPage",
        verbose_name="Nositel z katalogu",
        null=True,
        blank=True,
        limit_choices_to={"live": True},
        on_delete=models.SET_NULL,
        related_name="borne_measures",
    )
    bearer_name = models.CharField(
        "Nositel (název)",
        max_length=200,
        blank=True,
        help_text="Vyplňte, pokud nositel není v katalogu (nebo pro jiný název).",
    )
    services = ParentalManyToManyField(
        "catalogue.ServicePage",
        verbose_name="Služby, které opatření naplňují",
        blank=True,
        limit_choices_to={"live": True},
        related_name="plan_measures",
    )
    target_group = models.CharField(
        "Cílové skupiny",
        max_length=200,
        blank=True,
        help_text="Např. Děti a rodina. Prázdné = oblast kapitoly.",
    )
    time_frame = models.CharField(
        "Časový rámec", max_length=100, blank=True, help_text="Např. 2019–2022"
    )
    funding_estimate = models.CharField(
        "Odhad nákladů", max_length=200, blank=True, help_text="Např. 1,2 mil. Kč ročně"
    )
    funding_sources = models.CharField("Zdroje financování", max_length=300, blank=True)

    objects = MeasureQuerySet.as_manager()

    class Meta:
        verbose_name = "Opatření plánu"
        verbose_name_plural = "Opatření plánů"
        ordering = ["plan", "goal__chapter__sort_order", "goal__sort_order", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="unique_plan_measure_code")
        ]

    def __str__(self):
        return f"Opatření {self.code} {self.title}"

    label = property(__str__)

    def clean(self):
        super().clean()
        if not self.goal_id:
            return
        if self.pk:
            stored = PlanMeasure.objects.filter(pk=self.pk).values_list("plan_id", flat=True)
            if stored and stored[0] != self.goal.plan_id:
                raise ValidationError({"goal": MOVED_TO_ANOTHER_PLAN})
        self.plan_id = self.goal.plan_id
        duplicates = PlanMeasure.objects.filter(plan_id=self.plan_id, code=self.code)
        if self.code and duplicates.exclude(pk=self.pk).exists():
            raise _duplicate("opatření", self.code)

    def save(self, *args, **kwargs):
        self.plan_id = self.goal.plan_id
        if not self.code:
            self.code = next_measure_code(self)
        super().save(*args, **kwargs)

    # What the public pages read

    status_label = property(lambda self: STATUS_LABELS.get(self.status, ""))
    progress = property(lambda self: progress_kind(self.status))

    @property
    def anchor(self):
        return anchor_for("measure", self.code)

    @property
    def slug(self):
        return dashed(self.code)

    def get_url(self, request=None):
        plan = self.plan
        return plan.get_url(request) + plan.reverse_subpage("measure", args=[self.slug])

    def indicator_values(self, evaluation):
        """``(indicator, value)`` of an evaluation, in the order of the measure's indicators."""
        values = {value.indicator_id: value.value for value in evaluation.value_list}
        return [(i, values[i.pk]) for i in self.indicator_list if i.pk in values]

    @property
    def bearer(self):
        """The bearer's live provider page (or ``None``) and its name, as a partner reads."""
        return MeasurePartner(provider=self.bearer_provider, name=self.bearer_name)

    @cached_property
    def bearer_label(self):
        return self.bearer.label

    @property
    def bearer_slug(self):
        return slugify(self.bearer_label)

    @property
    def area(self):
        return self.target_group or self.goal.chapter.area

    @property
    def search_text(self):
        parts = [strip_tags(self.description), strip_tags(self.activities)]
        parts += [indicator.name for indicator in self.indicators.all()]
        return " ".join(part for part in parts if part)


class OrganisationLink(models.Model):
    """An organisation a plan names (a measure's partner, a working group's member): a provider
    from the catalogue, linked while its page is live, or just a name."""

    provider = models.ForeignKey(
        "catalogue.ProviderPage",
        verbose_name="Poskytovatel v katalogu",
        null=True,
        blank=True,
        limit_choices_to={"live": True},
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Vyberte, pokud je organizace v katalogu.",
    )
    name = models.CharField(
        "Název",
        max_length=200,
        blank=True,
        help_text="Vyplňte, pokud organizace není v katalogu (nebo pro jiný název).",
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.provider_id and not self.name.strip():
            raise ValidationError({"name": "Vyberte poskytovatele nebo vyplňte název."})

    @property
    def live_provider(self):
        provider = self.provider
        return provider if provider is not None and provider.live else None

    @property
    def label(self):
        provider = self.live_provider
        return self.name or (provider.title if provider else "")


class MeasurePartner(OrganisationLink, Orderable):
    """A partner of a measure."""

    measure = ParentalKey(PlanMeasure, on_delete=models.CASCADE, related_name="partners")

    class Meta(Orderable.Meta):
        verbose_name = "Partner opatření"
        verbose_name_plural = "Partneři opatření"


class MeasureIndicator(Orderable):
    """How a measure's success is measured: a name, a unit and the target value."""

    measure = ParentalKey(PlanMeasure, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField("Indikátor", max_length=300)
    unit = models.CharField("Jednotka", max_length=40, blank=True, help_text="Např. osob, hodin")
    target = models.DecimalField(
        "Cílová hodnota",
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        error_messages={"invalid": "Cílová hodnota musí být číslo, např. 12 nebo 3.5."},
    )

    class Meta(Orderable.Meta):
        verbose_name = "Indikátor opatření"
        verbose_name_plural = "Indikátory opatření"

    def __str__(self):
        return f"{self.name} ({self.unit})" if self.unit else self.name


class MeasureEvaluation(ClusterableModel):
    """How a measure went in one year: its status, the achieved indicator values, a comment."""

    measure = models.ForeignKey(
        PlanMeasure,
        verbose_name="Opatření",
        on_delete=models.CASCADE,
        related_name="evaluations",
    )
    year = models.PositiveIntegerField("Rok")
    status = models.CharField("Stav v daném roce", max_length=20, choices=MeasureStatus.choices)
    comment = models.TextField("Vyhodnocení", blank=True)
    updated_at = models.DateTimeField("Upraveno", auto_now=True)

    class Meta:
        verbose_name = "Roční vyhodnocení opatření"
        verbose_name_plural = "Roční vyhodnocení opatření"
        ordering = ["measure", "year"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "year"], name="unique_measure_year")
        ]

    def __str__(self):
        return f"{self.measure.label}: {self.year}"

    def clean(self):
        super().clean()
        if not self.measure_id or self.year is None:
            return
        plan = self.measure.plan
        if not plan.period_start <= self.year <= plan.period_end:
            raise ValidationError(
                {"year": f"Rok musí spadat do období plánu ({plan.period}), ne {self.year}."}
            )
        others = MeasureEvaluation.objects.filter(measure_id=self.measure_id, year=self.year)
        if others.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"year": f"Vyhodnocení opatření za rok {self.year} už existuje; upravte je."}
            )

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        latest = self.measure.evaluations.order_by("-year").values_list("status", flat=True)[:1]
        if latest:
            PlanMeasure.objects.filter(pk=self.measure_id).update(status=latest[0])

    status_label = property(lambda self: STATUS_LABELS.get(self.status, ""))


class IndicatorValue(models.Model):
    """The value an indicator reached in one yearly evaluation."""

    evaluation = ParentalKey(MeasureEvaluation, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(
        MeasureIndicator, verbose_name="Indikátor", on_delete=models.CASCADE, related_name="+"
    )
    value = models.DecimalField(
        "Dosažená hodnota",
        max_digits=12,
        decimal_places=2,
        error_messages={
            "invalid": "Hodnota indikátoru musí být číslo, např. 12 nebo 3.5.",
            "required": "Vyplňte dosaženou hodnotu.",
        },
    )

    class Meta:
        verbose_name = "Hodnota indikátoru"
        verbose_name_plural = "Hodnoty indikátorů"
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "indicator"], name="unique_evaluation_indicator"
            )
        ]

    def clean(self):
        super().clean()
        measure_id = getattr(getattr(self, "evaluation", None), "measure_id", None)
        if self.indicator_id and measure_id and self.indicator.measure_id != measure_id:
            raise ValidationError({"indicator": "Tento indikátor patří jinému opatření."})
