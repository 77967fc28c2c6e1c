"""Admin views of the plan coordinator: a bulk status update for one working group's measures
and the dashboard panel of what is due (evaluations, comments to resolve)."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import FormView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from plans.models import (
    CommunityPlanPage,
    MeasureEvaluation,
    PlanComment,
    PlanMeasure,
    PlanStatus,
    WorkingGroupPage,
)
from plans.proposals import borne_measures, pending_proposals
from plans.statuses import MeasureStatus
from portal.admin_views import AdminPageMixin

DUE_LISTED = 10


class GroupChoiceForm(forms.Form):
    """Step 1: which plan, which working group and which year."""

    plan = forms.ModelChoiceField(
        label="Plán",
        queryset=CommunityPlanPage.objects.order_by("-period_start", "title"),
        error_messages={"invalid_choice": "Vyberte plán ze seznamu."},
    )
    skupina = forms.ModelChoiceField(
        label="Pracovní skupina",
        queryset=WorkingGroupPage.objects.order_by("title"),
        error_messages={"invalid_choice": "Vyberte pracovní skupinu ze seznamu."},
    )
    rok = forms.IntegerField(
        label="Rok vyhodnocení",
        error_messages={"invalid": "Rok zadejte číslem, např. 2025."},
    )

    def clean(self):
        cleaned = super().clean()
        plan, year = cleaned.get("plan"), cleaned.get("rok")
        if plan and year is not None and not plan.period_start <= year <= plan.period_end:
            self.add_error("rok", f"Rok musí spadat do období plánu ({plan.period}).")
        return cleaned


class BulkStatusForm(forms.Form):
    """Step 2: a status for each of the group's measures in the chosen year."""

    def __init__(self, *args, measures, **kwargs):
        super().__init__(*args, **kwargs)
        self.measures = measures
        for measure in measures:
            self.fields[f"stav_{measure.pk}"] = forms.ChoiceField(
                label=measure.label,
                choices=MeasureStatus.choices,
                initial=measure.status,
                error_messages={"invalid_choice": "Vyberte stav ze seznamu."},
            )

    def rows(self):
        return [(measure, self[f"stav_{measure.pk}"]) for measure in self.measures]

    def changed_statuses(self):
        return [
            (measure, self.cleaned_data[f"stav_{measure.pk}"])
            for measure in self.measures
            if self.cleaned_data[f"stav_{measure.pk}"] != measure.status
        ]


class BulkStatusView(PermissionCheckedMixin, AdminPageMixin, FormView):
    """Set the status of every measure of one working group in a plan for one year at once.

    Each changed measure gets (or updates) its evaluation of that year; nothing else changes,
    and either every change is saved or none.
    """

    permission_policy = ModelPermissionPolicy(MeasureEvaluation)
    permission_required = "add"
    template_name = "plans/admin/bulk_status.html"
    page_title = "Hromadná změna stavu opatření"
    header_icon = "tick"

    def dispatch(self, request, *args, **kwargs):
        self.choice = GroupChoiceForm(request.GET or None)
        return super().dispatch(request, *args, **kwargs)

    def measures(self):
        if not self.choice.is_valid():
            return None
        data = self.choice.cleaned_data
        return list(
            PlanMeasure.objects.filter(plan=data["plan"])
            .for_working_group(data["skupina"])
            .order_by("goal__chapter__sort_order", "goal__sort_order", "sort_order", "pk")
        )

    def get_form(self, form_class=None):
        return BulkStatusForm(
            self.request.POST if self.request.method == "POST" else None,
            measures=self.measures() or [],
        )

    def post(self, request, *args, **kwargs):
        if not self.choice.is_valid():
            messages.error(request, "Nejdříve vyberte plán, pracovní skupinu a rok.")
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        year = self.choice.cleaned_data["rok"]
        changed = form.changed_statuses()
        with transaction.atomic():
            for measure, status in changed:
                evaluation = MeasureEvaluation.objects.filter(measure=measure, year=year).first()
                evaluation = evaluation or MeasureEvaluation(measure=measure, year=year)
                evaluation.status = status
                evaluation.save()
        messages.success(self.request, f"Stav změněn u {len(changed)} opatření (rok {year}).")
        return redirect(f"{self.request.path}?{self.request.GET.urlencode()}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["choice"] = self.choice
        context["measures"] = self.measures()
        return context


def due_evaluations(today=None):
    """Measures of approved plans running last year that have no evaluation of last year."""
    year = (today or timezone.localdate()).year - 1
    return (
        PlanMeasure.objects.filter(
            plan__status=PlanStatus.APPROVED,
            plan__period_start__lte=year,
            plan__period_end__gte=year,
        )
        .exclude(evaluations__year=year)
        .select_related("plan")
        .order_by("plan__title", "code")
    ), year


class PlanCoordinatorPanel(Component):
    """Shown to whoever may evaluate measures: evaluations due and comments to resolve."""

    name = "komunitni_planovani"
    order = 45
    template_name = "plans/admin/dashboard_panel.html"

    @classmethod
    def for_user(cls, user):
        policy = ModelPermissionPolicy(MeasureEvaluation)
        return cls() if policy.user_has_permission(user, "add") else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        measures, year = due_evaluations()
        context["year"] = year
        context["due_count"] = measures.count()
        context["due"] = list(measures[:DUE_LISTED])
        context["pending_comments"] = list(
            PlanComment.objects.pending()
            .values("plan_id", "plan__title")
            .annotate(count=Count("pk"))
            .order_by("plan__title")
        )
        context["comments_url"] = reverse("plan_comments:index")
        context["proposals"] = list(pending_proposals())
        return context


class BearerPanel(Component):
    """Shown to an editor whose organisation carries measures of a community plan."""

    name = "opatreni_organizace"
    order = 55
    template_name = "plans/admin/bearer_panel.html"

    def __init__(self, measures):
        self.measures = measures

    @classmethod
    def for_user(cls, user):
        measures = list(borne_measures(user)[: DUE_LISTED + 1])
        return cls(measures) if measures else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["measures"] = self.measures[:DUE_LISTED]
        context["more"] = len(self.measures) > DUE_LISTED
        return context
