"""Wagtail's bulk actions on pages, taking only the ids of pages the user may see.

Wagtail lists every page whose id is in the query string, including those the user may not act
on ("You don't have permission to …"), so any id would reveal its page's title. Here a page
the user may not see counts as one that does not exist.
"""

from django.http import Http404
from django.shortcuts import get_list_or_404
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction

from portal.admin_visibility import visible


class VisiblePagesMixin:
    def get_queryset(self, model, object_ids):
        # Wagtail's is a class method; ours needs to know who is asking.
        pages = visible(model.objects.all(), self.request.user)
        return get_list_or_404(pages, pk__in=[pk for pk in object_ids if str(pk).isdigit()])

    def get_all_objects_in_listing_query(self, parent_id):
        """For "all pages of this listing": the parent must be one the user may see."""
        if parent_id is not None and not (
            parent_id.isdigit()
            and visible(self.model.objects.filter(pk=parent_id), self.request.user).exists()
        ):
            raise Http404
        return super().get_all_objects_in_listing_query(parent_id)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for entry in context["items_with_no_access"]:
            # The specific page, so that its title is the one the user may see.
            entry["item"] = entry["item"].specific_deferred
        return context


class VisibleDeleteBulkAction(VisiblePagesMixin, DeleteBulkAction):
    pass


class VisibleMoveBulkAction(VisiblePagesMixin, MoveBulkAction):
    pass


class VisiblePublishBulkAction(VisiblePagesMixin, PublishBulkAction):
    pass


class VisibleUnpublishBulkAction(VisiblePagesMixin, UnpublishBulkAction):
    pass


BULK_ACTIONS = [
    VisibleDeleteBulkAction,
    VisibleMoveBulkAction,
    VisiblePublishBulkAction,
    VisibleUnpublishBulkAction,
]
