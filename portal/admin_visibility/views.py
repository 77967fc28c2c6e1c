"""Wagtail's page views, narrowed to what the person asking may see (``portal.admin_visibility``).

The page views come from one ``PageViewSet`` registered for every page type, the way Wagtail
lets a project replace them; the page chooser, the reports and the forms listing are not part of
it, so ``urls`` puts their replacements in front of Wagtail's.
"""

import copy

from django.db.models import F, OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.views import chooser
from wagtail.admin.views.pages import listing, workflow
from wagtail.admin.views.reports import audit_logging, locked_pages, workflows
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.contrib.forms.views import FormPageFilterSet, FormPagesListView
from wagtail.models import Page

from portal.admin_visibility import colleagues, in_own_section, may_see, visible

# Filters by person offer only the people whose work the user sees.


def only_colleagues(people_filter):
    """A copy of Wagtail's ``people_filter`` offering only the user's colleagues."""
    narrowed = copy.deepcopy(people_filter)
    narrowed.queryset = lambda request: colleagues(
        request.user, people_filter.get_queryset(request)
    )
    return narrowed


class ExplorerFilterSet(listing.GenericPageFilterSet):
    owner = only_colleagues(listing.GenericPageFilterSet.base_filters["owner"])
    edited_by = only_colleagues(listing.GenericPageFilterSet.base_filters["edited_by"])


class FormsFilterSet(FormPageFilterSet):
    owner = only_colleagues(FormPageFilterSet.base_filters["owner"])
    edited_by = only_colleagues(FormPageFilterSet.base_filters["edited_by"])


class LockedPagesFilterSet(locked_pages.LockedPagesReportFilterSet):
    locked_by = only_colleagues(locked_pages.LockedPagesReportFilterSet.base_filters["locked_by"])


class SiteHistoryFilterSet(audit_logging.SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        # Wagtail's asks the report's combined rows for user ids and gets the rows' model index.
        people = audit_logging.get_users_for_filter(self.request.user)
        return colleagues(self.request.user, people)


class WorkflowFilterSet(workflows.WorkflowReportFilterSet):
    requested_by = only_colleagues(workflows.WorkflowReportFilterSet.base_filters["requested_by"])


# The explorer and the other page views of the viewset.


class ExplorableIndexView(listing.ExplorableIndexView):
    """Opens only pages in the user's sections or on the way to them (Wagtail opens any page
    below the common ancestor of those sections), and shows the status of a page, its draft,
    lock and review, only inside the sections."""

    def get(self, request, parent_page_id=None):
        explorable = self.permission_policy.explorable_instances(request.user)
        if parent_page_id and not explorable.filter(pk=parent_page_id).exists():
            root = self.permission_policy.explorable_root_instance(request.user)
            return redirect(self.index_url_name, root.pk)
        return super().get(request, parent_page_id)

    def get_side_panels(self):
        if not in_own_section(self.request.user, self.parent_page):
            return MediaContainer()
        return super().get_side_panels()


class OwnSectionOnlyMixin:
    """Answers 404 for a page outside the user's sections before the view names it: Wagtail's
    review views put the page's title into their messages before checking any permission."""

    def dispatch(self, request, *args, **kwargs):
        if not in_own_section(request.user, self.object):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class WorkflowActionView(OwnSectionOnlyMixin, workflow.WorkflowActionView):
    pass


class CollectWorkflowActionDataView(OwnSectionOnlyMixin, workflow.CollectWorkflowActionDataView):
    pass


class ConfirmWorkflowCancellationView(
    OwnSectionOnlyMixin, workflow.ConfirmWorkflowCancellationView
):
    pass


class PreviewRevisionForTaskView(OwnSectionOnlyMixin, workflow.PreviewRevisionForTaskView):
    pass


class VisiblePageViewSet(PageViewSet):
    """The admin's views of every page type, registered in place of Wagtail's default."""

    index_view_class = ExplorableIndexView
    filterset_class = ExplorerFilterSet  # of the explorer and the page-type listings
    workflow_action_view_class = WorkflowActionView
    collect_workflow_action_data_view_class = CollectWorkflowActionDataView
    confirm_workflow_cancellation_view_class = ConfirmWorkflowCancellationView
    workflow_preview_view_class = PreviewRevisionForTaskView


# The page chooser; its listings are filtered by the chooser queryset hook.


class ChooserBrowseView(chooser.BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            parent = get_object_or_404(Page, pk=parent_page_id)
            if not may_see(request.user, parent):
                raise Http404
        return super().get(request, parent_page_id)


class ChooserParentPageColumn(chooser.ParentPageColumn):
    def get_value(self, instance):
        # The specific page, so that its title is the one the user may see.
        return instance.get_parent().specific_deferred


class ChooserSearchView(chooser.SearchView):
    @property
    def columns(self):
        return [
            ChooserParentPageColumn(column.name, label=column.label)
            if isinstance(column, chooser.ParentPageColumn)
            else column
            for column in super().columns
        ]


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        pages = visible(Page.objects.filter(pk__in=ids), request.user)
        result = [
            {
                "id": page.pk,
                "parentId": page.get_parent().pk,
                "adminTitle": page.get_admin_display_title(),
                "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                "url": page.url,
            }
            for page in pages.specific()
        ]
        return self.render_chosen_response(result)


class ExternalLinkView(chooser.ExternalLinkView):
    """A pasted address of a page of the site becomes a link to that page (exact addresses only,
    ``WAGTAILADMIN_EXTERNAL_LINK_CONVERSION``), named as the user may see it: Wagtail names it
    by its draft title."""

    def render_chosen_response(self, result):
        if "id" in result:
            page = Page.objects.get(pk=result["id"]).specific
            result = {**result, "adminTitle": page.get_admin_display_title()}
        return super().render_chosen_response(result)


# Reports and listings outside the viewset.


class PageTypesUsageView(PageTypesUsageReportView):
    """The page types report names as "last edited" only a page the user may see."""

    def get_queryset(self):
        page_types = super().get_queryset()
        pages = visible(Page.objects.filter(content_type=OuterRef("pk")), self.request.user)
        if site_root_path := self.filters.form.cleaned_data.get("site"):
            pages = pages.filter(path__startswith=site_root_path)
        latest = pages.order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        ).values("pk")[:1]
        return page_types.annotate(last_edited_page_id=Subquery(latest))


class FormPagesView(FormPagesListView):
    filterset_class = FormsFilterSet


class LockedPagesView(locked_pages.LockedPagesView):
    filterset_class = LockedPagesFilterSet


class SiteHistoryView(audit_logging.LogEntriesView):
    filterset_class = SiteHistoryFilterSet


class WorkflowView(workflows.WorkflowView):
    filterset_class = WorkflowFilterSet
