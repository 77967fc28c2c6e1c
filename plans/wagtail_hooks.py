"""Admin for coordinators: consultation comments per plan and measure, with CSV export."""

from django.urls import path
from django_filters import FilterSet, ModelChoiceFilter
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from plans import proposals
from plans.admin_views import BearerPanel, BulkStatusView, PlanCoordinatorPanel
from plans.models import CommunityPlanPage, PlanComment, PlanGoal, PlanMeasure
from plans.viewsets import PlanRecordsGroup
from portal.spreadsheets import FormulaSafeExportMixin


class PlanCommentFilterSet(FilterSet):
    plan = ModelChoiceFilter(label="Plán", queryset=CommunityPlanPage.objects.all())
    goal = ModelChoiceFilter(label="Cíl", queryset=PlanGoal.objects.select_related("plan"))
    measure = ModelChoiceFilter(
        label="Opatření", queryset=PlanMeasure.objects.select_related("plan")
    )

    class Meta:
        model = PlanComment
        fields = ["plan", "goal", "measure", "resolution"]


class PlanCommentIndexView(FormulaSafeExportMixin, IndexView):
    """The comments, exported with cells a spreadsheet cannot take for formulas."""


class PlanCommentViewSet(ModelViewSet):
    model = PlanComment
    index_view_class = PlanCommentIndexView
    icon = "comment"
    menu_label = "Připomínky k plánům"
    menu_order = 300
    add_to_admin_menu = True
    url_prefix = "pripominky-k-planum"
    list_display = ["target_label", "name", "plan", "submitted_at", "resolution"]
    list_export = [
        "plan",
        "target_label",
        "name",
        "organisation",
        "email",
        "submitted_at",
        "comment",
        "proposed_change",
        "resolution",
        "resolution_reasoning",
    ]
    export_filename = "pripominky"
    filterset_class = PlanCommentFilterSet
    search_fields = ["name", "organisation", "comment", "target_label"]
    panels = [
        HelpPanel(template="plans/admin/comment_summary.html", heading="Připomínka"),
        FieldPanel("resolution"),
        FieldPanel("resolution_reasoning"),
    ]
    add_to_reference_index = False

    def get_queryset(self, request):
        return PlanComment.objects.select_related("plan", "goal", "measure")


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return PlanCommentViewSet("plan_comments")


@hooks.register("register_admin_viewset")
def register_plan_records():
    return PlanRecordsGroup()


@hooks.register("register_admin_urls")
def register_bulk_status_url():
    return [
        path(
            "plany/hromadny-stav/",
            BulkStatusView.as_view(),
            name="plans_bulk_status",
        )
    ]


@hooks.register("register_admin_urls")
def register_proposal_urls():
    return proposals.admin_urlpatterns


@hooks.register("construct_homepage_panels")
def add_plan_coordinator_panel(request, panels):
    panel = PlanCoordinatorPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)


@hooks.register("construct_homepage_panels")
def add_bearer_panel(request, panels):
    panel = BearerPanel.for_user(request.user)
    if panel is not None:
        panels.append(panel)
