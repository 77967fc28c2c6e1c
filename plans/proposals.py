"""Admin views of yearly evaluations proposed by a measure's bearer and decided by a plan
coordinator (``plans.models.proposals``).

An editor sees and proposes only for the measures whose bearer is a provider they edit
(another provider's measure answers 404, as if it did not exist). A plan coordinator (who may
add evaluations) approves a proposal, which writes the measure's evaluation, or returns it with a
note the editor reads.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from catalogue.editors.access import edited_providers
from plans.models import EvaluationProposal, MeasureEvaluation, PlanMeasure
from plans.statuses import MeasureStatus
from portal.admin_views import AdminPageMixin

NUMBER_ERROR = "Zadejte číslo, např. 12 nebo 3,5."


def borne_measures(user):
    """The measures whose bearer is a provider ``user`` edits, of every plan."""
    return (
        PlanMeasure.objects.filter(bearer_provider__in=edited_providers(user))
        .select_related("plan", "bearer_provider")
        .order_by("plan__title", "goal__chapter__sort_order", "goal__sort_order", "sort_order")
    )


class ProposalForm(forms.Form):
    """A year's status, comment and the achieved value of each of the measure's indicators."""

    year = forms.IntegerField(
        label="Rok", error_messages={"invalid": "Rok zadejte číslem, např. 2025."}
    )
    status = forms.ChoiceField(
        label="Stav opatření v daném roce",
        choices=MeasureStatus.choices,
        error_messages={"invalid_choice": "Vyberte stav ze seznamu."},
    )
    comment = forms.CharField(
        label="Vyhodnocení",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        required=False,
        help_text="Co se v roce podařilo a co ne.",
    )

    def __init__(self, *args, measure, **kwargs):
        super().__init__(*args, **kwargs)
        self.measure = measure
        self.indicators = list(measure.indicators.all())
        for indicator in self.indicators:
            unit = f" ({indicator.unit})" if indicator.unit else ""
            self.fields[f"indicator_{indicator.pk}"] = forms.DecimalField(
                label=f"{indicator.name}{unit}: dosažená hodnota",
                required=False,
                max_digits=12,
                decimal_places=2,
                localize=True,
                error_messages={
                    "invalid": NUMBER_ERROR,
                    "max_digits": "Číslo je příliš dlouhé.",
                    "max_decimal_places": "Nejvýše dvě desetinná místa.",
                    "max_whole_digits": "Číslo je příliš velké.",
                },
            )

    def clean_year(self):
        year = self.cleaned_data["year"]
        plan = self.measure.plan
        if not plan.period_start <= year <= plan.period_end:
            raise forms.ValidationError(f"Rok musí spadat do období plánu ({plan.period}).")
        return year

    def save(self, user):
        """The proposal, saved: a new one, or the editor's own still pending one of the same
        measure and year brought up to date (the coordinator decides the latest version once)."""
        values = {
            str(indicator.pk): str(self.cleaned_data[f"indicator_{indicator.pk}"])
            for indicator in self.indicators
            if self.cleaned_data.get(f"indicator_{indicator.pk}") is not None
        }
        proposal, _ = EvaluationProposal.objects.update_or_create(
            measure=self.measure,
            year=self.cleaned_data["year"],
            state=EvaluationProposal.State.PENDING,
            defaults={
                "status": self.cleaned_data["status"],
                "comment": self.cleaned_data["comment"],
                "values": values,
                "submitted_by": user,
                "submitted_at": timezone.now(),
            },
        )
        return proposal


class BorneMeasuresView(AdminPageMixin, TemplateView):
    """The measures an editor's organisation carries, with its proposals and their fate."""

    template_name = "plans/admin/borne_measures.html"
    page_title = "Opatření, která vaše organizace nese"
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        if not edited_providers(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        measures = list(borne_measures(self.request.user))
        proposals = EvaluationProposal.objects.filter(measure__in=measures).order_by(
            "-submitted_at"
        )
        latest = {}
        for proposal in proposals:
            latest.setdefault(proposal.measure_id, proposal)
        context["rows"] = [(measure, latest.get(measure.pk)) for measure in measures]
        return context


class ProposeEvaluationView(AdminPageMixin, FormView):
    template_name = "plans/admin/propose_evaluation.html"
    header_icon = "tick"

    def dispatch(self, request, *args, **kwargs):
        self.measure = borne_measures(request.user).filter(pk=kwargs["measure_id"]).first()
        if self.measure is None:
            raise Http404("Opatření neexistuje nebo ho vaše organizace nenese.")
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Vyhodnocení: {self.measure.label}"

    def get_form(self, form_class=None):
        return ProposalForm(**self.get_form_kwargs(), measure=self.measure)

    def get_initial(self):
        return {"year": self.measure.plan.period_start, "status": self.measure.status}

    def form_valid(self, form):
        proposal = form.save(self.request.user)
        messages.success(
            self.request,
            f"Vyhodnocení opatření {self.measure.code} za rok {proposal.year} jsme odeslali "
            "koordinátorovi ke schválení.",
        )
        return redirect("plans_borne_measures")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["measure"] = self.measure
        return context


class DecisionForm(forms.Form):
    note = forms.CharField(
        label="Poznámka pro editora",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        help_text="Povinná, když návrh vracíte k úpravám.",
    )


class ProposalDecisionView(PermissionCheckedMixin, AdminPageMixin, FormView):
    """A plan coordinator approves a pending proposal (it becomes the measure's evaluation of
    the year) or returns it with a note."""

    permission_policy = ModelPermissionPolicy(MeasureEvaluation)
    permission_required = "add"
    template_name = "plans/admin/proposal_decision.html"
    header_icon = "tick"
    form_class = DecisionForm

    def dispatch(self, request, *args, **kwargs):
        self.proposal = get_object_or_404(
            EvaluationProposal.objects.select_related("measure__plan", "submitted_by"),
            pk=kwargs["proposal_id"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Návrh vyhodnocení: {self.proposal.measure.label}"

    def form_valid(self, form):
        proposal = self.proposal
        if proposal.state != EvaluationProposal.State.PENDING:
            messages.error(self.request, "O návrhu už bylo rozhodnuto.")
            return redirect("wagtailadmin_home")
        measure = proposal.measure
        if "return" in self.request.POST:
            note = form.cleaned_data["note"].strip()
            if not note:
                form.add_error("note", "Napište editorovi, co má upravit.")
                return self.form_invalid(form)
            proposal.return_for_changes(self.request.user, note)
            messages.success(
                self.request, f"Návrh vyhodnocení opatření {measure.code} je vrácen k úpravám."
            )
        else:
            with transaction.atomic():
                proposal.approve(self.request.user)
            messages.success(
                self.request,
                f"Vyhodnocení opatření {measure.code} za rok {proposal.year} je schválené "
                "a zveřejněné.",
            )
        return redirect("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["proposal"] = self.proposal
        context["decided"] = self.proposal.state != EvaluationProposal.State.PENDING
        return context


def pending_proposals():
    return EvaluationProposal.objects.filter(state=EvaluationProposal.State.PENDING).select_related(
        "measure__plan", "submitted_by"
    )


admin_urlpatterns = [
    path("plany/moje-opatreni/", BorneMeasuresView.as_view(), name="plans_borne_measures"),
    path(
        "plany/moje-opatreni/<int:measure_id>/vyhodnoceni/",
        ProposeEvaluationView.as_view(),
        name="plans_propose_evaluation",
    ),
    path(
        "plany/navrhy-vyhodnoceni/<int:proposal_id>/",
        ProposalDecisionView.as_view(),
        name="plans_proposal_decision",
    ),
]
