"""Comments the public sends on a draft plan, and how coordinators resolved them."""

from django.db import models
from django.utils import timezone


class PlanCommentQuerySet(models.QuerySet):
    def resolved(self):
        return self.exclude(resolution=PlanComment.Resolution.PENDING)

    def pending(self):
        return self.filter(resolution=PlanComment.Resolution.PENDING)


class PlanComment(models.Model):
    class Resolution(models.TextChoices):
        PENDING = "pending", "Nevypořádáno"
        ACCEPTED = "accepted", "Akceptováno"
        PARTLY = "partly", "Akceptováno částečně"
        REJECTED = "rejected", "Neakceptováno"

    plan = models.ForeignKey(
        "plans.CommunityPlanPage",
        verbose_name="Plán",
        on_delete=models.CASCADE,
        related_name="comments",
    )
    goal = models.ForeignKey(
        "plans.PlanGoal",
        verbose_name="Cíl",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
        help_text="Prázdné cíl i opatření = připomínka k plánu jako celku.",
    )
    measure = models.ForeignKey(
        "plans.PlanMeasure",
        verbose_name="Opatření",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    target_label = models.CharField(
        "Připomínkovaná část",
        max_length=400,
        help_text="Název části v době odeslání (zůstane, i když se opatření později změní).",
    )
    name = models.CharField("Jméno a příjmení", max_length=120)
    email = models.EmailField("E-mail", max_length=254)
    organisation = models.CharField("Organizace", max_length=200, blank=True)
    comment = models.TextField("Připomínka", max_length=5000)
    proposed_change = models.TextField("Navrhovaná změna", max_length=5000, blank=True)
    consent = models.BooleanField("Souhlas se zpracováním osobních údajů", default=False)
    submitted_at = models.DateTimeField("Odesláno", default=timezone.now, db_index=True)
    resolution = models.CharField(
        "Vypořádání",
        max_length=20,
        choices=Resolution.choices,
        default=Resolution.PENDING,
    )
    resolution_reasoning = models.TextField(
        "Odůvodnění vypořádání",
        blank=True,
        help_text="Zveřejní se v tabulce vypořádání připomínek (bez e-mailu autora).",
    )
    resolved_at = models.DateTimeField("Vypořádáno", null=True, blank=True)

    objects = PlanCommentQuerySet.as_manager()

    class Meta:
        verbose_name = "Připomínka k plánu"
        verbose_name_plural = "Připomínky k plánům"
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.name}: {self.target_label}"

    def save(self, *args, **kwargs):
        if self.resolution != self.Resolution.PENDING and self.resolved_at is None:
            self.resolved_at = timezone.now()
        super().save(*args, **kwargs)
