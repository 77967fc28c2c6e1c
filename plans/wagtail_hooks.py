"""Admin for coordinators: consultation comments per plan and measure, with CSV export."""

from django_filters import FilterSet, ModelChoiceFilter
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from plans.models import CommunityPlanPage, PlanComment, PlanItem
from portal.spreadsheets import FormulaSafeExportMixin


class PlanCommentFilterSet(FilterSet):
    plan = ModelChoiceFilter(label="Plán", queryset=CommunityPlanPage.objects.all())
    item = ModelChoiceFilter(
        label="Cíl nebo opatření", queryset=PlanItem.objects.select_related("plan")
    )

    class Meta:
        model = PlanComment
        fields = ["plan", "item", "resolution"]


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
        return PlanComment.objects.select_related("plan", "item")


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return PlanCommentViewSet("plan_comments")
