"""Admin for a plan's records: chapters, goals, measures and their yearly evaluations.

Each record is edited on its own form (a measure's form is split into tabs so that it stays
within two screens); listings filter by plan, working group and status and search by code or
words. Records are plain models edited with Wagtail's ``ModelViewSet``: they become public with
their plan page, and a change (a status, an evaluation) is public at once, without republishing
the plan; the admin's history keeps who changed what.
"""

from django import forms
from django_filters import ChoiceFilter, FilterSet, ModelChoiceFilter, NumberFilter
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from plans.codes import renumber
from plans.models import (
    CommunityPlanPage,
    MeasureEvaluation,
    MeasureIndicator,
    PlanChapter,
    PlanGoal,
    PlanMeasure,
    WorkingGroupPage,
)
from plans.statuses import MeasureStatus


def plan_filter(field_name="plan"):
    return ModelChoiceFilter(
        label="Plán", field_name=field_name, queryset=CommunityPlanPage.objects.order_by("title")
    )


def group_filter(field_name):
    return ModelChoiceFilter(
        label="Pracovní skupina",
        field_name=field_name,
        queryset=WorkingGroupPage.objects.order_by("title"),
    )


class RecordForm(WagtailAdminModelForm):
    """Saves a record and, while its plan has never been published, renumbers the plan."""

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            renumber(instance.plan)
        return instance


class RecordViewSet(ModelViewSet):
    icon = "list-ol"
    search_backend_name = None  # search by code or words in the database
    copy_view_enabled = False
    add_to_reference_index = False


class ChapterFilterSet(FilterSet):
    plan = plan_filter()
    working_group = group_filter("working_group")

    class Meta:
        model = PlanChapter
        fields = ["plan", "working_group"]


class ChapterViewSet(RecordViewSet):
    model = PlanChapter
    name = "plan_chapters"
    icon = "folder-open-inverse"
    menu_label = "Kapitoly"
    url_prefix = "plany/kapitoly"
    list_display = ["code", "title", "plan", "working_group"]
    filterset_class = ChapterFilterSet
    search_fields = ["code", "title", "planning_area"]
    edit_handler = ObjectList(
        [
            FieldPanel("plan"),
            FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("working_group"), FieldPanel("planning_area")]),
            FieldPanel("introduction"),
        ],
        base_form_class=RecordForm,
    )

    def get_queryset(self, request):
        return PlanChapter.objects.select_related("plan", "working_group")


class GoalFilterSet(FilterSet):
    plan = plan_filter()
    working_group = group_filter("chapter__working_group")

    class Meta:
        model = PlanGoal
        fields = ["plan", "working_group"]


class GoalViewSet(RecordViewSet):
    model = PlanGoal
    name = "plan_goals"
    icon = "pick"
    menu_label = "Cíle"
    url_prefix = "plany/cile"
    list_display = ["code", "title", "chapter"]
    filterset_class = GoalFilterSet
    search_fields = ["code", "title", "description"]
    edit_handler = ObjectList(
        [
            FieldPanel("chapter"),
            FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
            FieldPanel("title"),
            FieldPanel("description"),
        ],
        base_form_class=RecordForm,
    )

    def get_queryset(self, request):
        return PlanGoal.objects.select_related("chapter__plan")


class MeasureFilterSet(FilterSet):
    plan = plan_filter()
    working_group = group_filter("goal__chapter__working_group")
    status = ChoiceFilter(label="Stav", choices=MeasureStatus.choices)

    class Meta:
        model = PlanMeasure
        fields = ["plan", "working_group", "status"]


class MeasureViewSet(RecordViewSet):
    model = PlanMeasure
    name = "plan_measures"
    icon = "tick"
    menu_label = "Opatření"
    url_prefix = "plany/opatreni"
    list_display = ["code", "title", "plan", "status"]
    filterset_class = MeasureFilterSet
    search_fields = ["code", "title", "description", "activities", "bearer_name"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("goal"),
                    FieldRowPanel(
                        [FieldPanel("code"), FieldPanel("sort_order"), FieldPanel("status")]
                    ),
                    FieldPanel("title"),
                    FieldPanel("description"),
                    FieldPanel("activities"),
                ],
                heading="Opatření",
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("bearer_provider"), FieldPanel("bearer_name")]),
                    InlinePanel("partners", heading="Partneři", label="Partner"),
                    FieldPanel("services", widget=forms.SelectMultiple(attrs={"size": 6})),
                ],
                heading="Nositel, partneři, služby",
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("target_group"), FieldPanel("time_frame")]),
                            FieldRowPanel(
                                [FieldPanel("funding_estimate"), FieldPanel("funding_sources")]
                            ),
                        ],
                        heading="Rámec a financování",
                    ),
                    InlinePanel("indicators", heading="Indikátory", label="Indikátor"),
                ],
                heading="Rámec a indikátory",
            ),
        ],
        base_form_class=RecordForm,
    )

    def get_queryset(self, request):
        return PlanMeasure.objects.select_related("plan")


class EvaluationForm(WagtailAdminModelForm):
    """A yearly evaluation; the indicator values offer only the measure's own indicators."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = str(self.data.get(self.add_prefix("measure"), "")) if self.is_bound else ""
        measure_id = (
            self.instance.measure_id
            or (int(chosen) if chosen.isdigit() else None)
            or self.initial.get("measure")
        )
        indicators = MeasureIndicator.objects.filter(measure_id=measure_id)
        for form in self.formsets["values"].forms + [self.formsets["values"].empty_form]:
            form.fields["indicator"].queryset = indicators

    def clean(self):
        cleaned = super().clean()
        measure = cleaned.get("measure")
        for form in self.formsets["values"].forms:
            indicator = form.cleaned_data.get("indicator") if form.is_valid() else None
            if measure and indicator and indicator.measure_id != measure.pk:
                form.add_error("indicator", "Tento indikátor patří jinému opatření.")
                self.add_error(None, "Hodnoty lze zadat jen u indikátorů tohoto opatření.")
        return cleaned


class EvaluationCreateView(CreateView):
    """``?measure=<id>`` preselects the measure (links from the coordinator's dashboard)."""

    def get_initial(self):
        initial = super().get_initial()
        measure = self.request.GET.get("measure", "")
        if measure.isdigit():
            initial["measure"] = int(measure)
        return initial


class EvaluationFilterSet(FilterSet):
    plan = plan_filter("measure__plan")
    working_group = group_filter("measure__goal__chapter__working_group")
    year = NumberFilter(label="Rok")
    status = ChoiceFilter(label="Stav", choices=MeasureStatus.choices)

    class Meta:
        model = MeasureEvaluation
        fields = ["plan", "working_group", "year", "status"]


class EvaluationViewSet(RecordViewSet):
    model = MeasureEvaluation
    name = "plan_evaluations"
    icon = "date"
    menu_label = "Roční vyhodnocení"
    url_prefix = "plany/vyhodnoceni"
    add_view_class = EvaluationCreateView
    list_display = ["measure", "year", "status", "updated_at"]
    filterset_class = EvaluationFilterSet
    search_fields = ["measure__code", "measure__title", "comment"]
    edit_handler = ObjectList(
        [
            FieldPanel("measure"),
            FieldRowPanel([FieldPanel("year"), FieldPanel("status")]),
            FieldPanel("comment"),
            InlinePanel("values", heading="Dosažené hodnoty indikátorů", label="Hodnota"),
        ],
        base_form_class=EvaluationForm,
    )

    def get_queryset(self, request):
        return MeasureEvaluation.objects.select_related("measure__plan")


class PlanRecordsGroup(ViewSetGroup):
    menu_label = "Komunitní plány"
    menu_icon = "list-ol"
    menu_order = 290
    items = [ChapterViewSet, GoalViewSet, MeasureViewSet, EvaluationViewSet]
