"""Yearly evaluations proposed by the editors of a measure's bearer.

An editor of the provider that carries a measure (its bearer) proposes how the measure went in a
year; nothing of it is public until a plan coordinator approves it, which writes the measure's
``MeasureEvaluation`` (status, comment, indicator values) as the coordinator would have.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from plans.statuses import STATUS_LABELS, MeasureStatus

from .records import IndicatorValue, MeasureEvaluation, PlanMeasure


class EvaluationProposal(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Čeká na schválení"
        APPROVED = "approved", "Schváleno"
        RETURNED = "returned", "Vráceno k úpravám"

    measure = models.ForeignKey(
        PlanMeasure, verbose_name="Opatření", on_delete=models.CASCADE, related_name="proposals"
    )
    year = models.PositiveIntegerField("Rok")
    status = models.CharField("Stav v daném roce", max_length=20, choices=MeasureStatus.choices)
    comment = models.TextField("Vyhodnocení", blank=True, max_length=5000)
    # {indicator pk as text: the achieved value as a decimal string}
    values = models.JSONField("Dosažené hodnoty indikátorů", default=dict, blank=True)
    state = models.CharField("Stav návrhu", max_length=20, choices=State.choices, default="pending")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Kdo navrhl",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField("Odesláno", default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField("Rozhodnuto", null=True, blank=True)
    coordinator_note = models.TextField("Poznámka koordinátora", blank=True, max_length=2000)

    class Meta:
        verbose_name = "Návrh ročního vyhodnocení"
        verbose_name_plural = "Návrhy ročního vyhodnocení"
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.measure.label}: {self.year}"

    status_label = property(lambda self: STATUS_LABELS.get(self.status, ""))

    def indicator_values(self):
        """(indicator, value) pairs of the proposal, in the measure's order of indicators."""
        found = []
        for indicator in self.measure.indicators.all():
            value = self.values.get(str(indicator.pk))
            if value not in (None, ""):
                found.append((indicator, value))
        return found

    def approve(self, user):
        """Write the proposal into the measure's evaluation of its year (a new one, or the
        existing one updated) and mark it approved. What the proposal leaves empty (the comment,
        an indicator's value) keeps what the evaluation already says. The caller holds a
        transaction."""
        evaluation = MeasureEvaluation.objects.filter(measure=self.measure, year=self.year).first()
        evaluation = evaluation or MeasureEvaluation(measure=self.measure, year=self.year)
        evaluation.status = self.status
        evaluation.comment = self.comment or evaluation.comment
        evaluation.save()
        for indicator, value in self.indicator_values():
            IndicatorValue.objects.update_or_create(
                evaluation=evaluation, indicator=indicator, defaults={"value": value}
            )
        self.state = self.State.APPROVED
        self.decided_by, self.decided_at = user, timezone.now()
        self.save()
        return evaluation

    def return_for_changes(self, user, note):
        self.state = self.State.RETURNED
        self.coordinator_note = note
        self.decided_by, self.decided_at = user, timezone.now()
        self.save()
