"""What a member of staff sees of the page tree in the admin: the rule, in one place.

Everyone works in sections: the pages they hold a page permission on, with everything below
(a provider's pages, the catalogue, the campaigns, the community planning). Inside their
sections they see every page and every draft. Outside, a page exists for them only while it is
live, and only under its published title: an unpublished page is never listed or named, and the
title of a live page's newer draft stays inside the section. Superusers see everything.

Wagtail's admin shows any page it is given an id of, and names the page by its draft title, so
this rule is applied where pages enter the admin: the choosers' and explorer's querysets,
the views and bulk actions that take page ids (``views``, ``bulk_actions``), and the title
every page model gives the admin (``DraftTitleMixin``).
"""

from contextvars import ContextVar

from django.db.models import Q
from wagtail.models import Page, PageLogEntry
from wagtail.permissions import policy_registry

# The permissions that make a page part of someone's section; the same set that lets Wagtail's
# explorer open a page.
SECTION_PERMISSIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}

HIDDEN_TITLE = "Skrytá stránka"

_request = ContextVar("admin_visibility_request", default=None)


def section_roots(user):
    """The top pages of the sections ``user`` works in."""
    if not user.is_active:
        return []
    policy = policy_registry.get_by_type(Page)
    codenames = {f"{action}_page" for action in SECTION_PERMISSIONS}
    return [
        granted.page
        for granted in policy.get_cached_permissions_for_user(user)
        if granted.permission.codename in codenames
    ]


def in_own_section(user, page):
    """Whether ``page`` lies in one of ``user``'s sections, where its drafts are theirs to see."""
    if user.is_active and user.is_superuser:
        return True
    return any(page.path.startswith(root.path) for root in section_roots(user))


def may_see(user, page):
    """Whether ``page`` may appear in ``user``'s admin at all (by its live title if not theirs)."""
    return page.live or in_own_section(user, page)


def own_sections_q(user):
    """A filter for pages in ``user``'s sections."""
    if user.is_active and user.is_superuser:
        return Q()
    own = Q(pk__in=[])
    for root in section_roots(user):
        own |= Q(path__startswith=root.path)
    return own


def visible(pages, user):
    """``pages`` without those ``user`` may not see."""
    if user.is_active and user.is_superuser:
        return pages
    return pages.filter(Q(live=True) | own_sections_q(user))


def colleagues(user, people):
    """``people`` narrowed to those whose work ``user`` sees: the owners and editors of pages in
    ``user``'s sections, and ``user``. Names of everyone else stay out of the filters."""
    if user.is_active and user.is_superuser:
        return people
    pages = Page.objects.filter(own_sections_q(user)).values("pk")
    editors = PageLogEntry.objects.filter(page__in=pages).values("user_id")
    return people.filter(Q(pk=user.pk) | Q(owned_pages__in=pages) | Q(pk__in=editors)).distinct()


class DraftTitleMixin:
    """For every page model: the admin names the page as the person looking may see it.

    Wagtail puts ``get_admin_display_title`` (the draft title) into breadcrumbs, choosers,
    listings and messages; outside a request (e-mails, commands) it stays the draft title.
    """

    def get_admin_display_title(self):
        user = getattr(_request.get(), "user", None)
        if user is None or in_own_section(user, self):
            return super().get_admin_display_title()
        return self.title if self.live else HIDDEN_TITLE


class ViewerMiddleware:
    """Remembers the request being answered, so that page titles know who is looking."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)
