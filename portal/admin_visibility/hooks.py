"""Plugging the visibility rule into Wagtail's admin (imported by ``portal.wagtail_hooks``)."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks

from portal.admin_visibility import visible
from portal.admin_visibility.bulk_actions import BULK_ACTIONS
from portal.admin_visibility.views import VisiblePageViewSet


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """In place of Wagtail's default viewset for every page type (registered with order -1)."""
    return VisiblePageViewSet()


@hooks.register("construct_page_chooser_queryset")
def only_visible_pages_in_choosers(pages, request):
    return visible(pages, request.user)


for action_class in BULK_ACTIONS:
    # After Wagtail's own (order 0), which they replace.
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("before_move_page")
def only_movable_pages(request, page, destination):
    """Wagtail shows the move confirmation, both pages' titles included, to anyone."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
