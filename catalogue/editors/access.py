"""Which providers a user edits, and hiding every other provider's pages from them."""

from django.db.models import Q

from catalogue.editors.roles import catalogue_index, is_coordinator
from catalogue.models import ProviderPage
from portal.admin_visibility import own_sections_q


def edited_providers(user):
    """The providers whose editors' group ``user`` belongs to."""
    if not user.is_authenticated:
        return ProviderPage.objects.none()
    return ProviderPage.objects.filter(editor_team__group__user=user).order_by("title")


def without_other_providers(pages, user):
    """``pages`` without the catalogue pages of providers ``user`` does not edit.

    On top of the rule every role follows (``portal.admin_visibility``: live pages of other
    sections are visible), a provider editor does not see other providers at all, live or not.
    Coordinators and other staff choose from the whole live catalogue.
    """
    if is_coordinator(user) or not edited_providers(user).exists():
        return pages
    index = catalogue_index()
    if index is None:
        return pages
    inside_catalogue = Q(path__startswith=index.path, depth__gt=index.depth)
    return pages.exclude(inside_catalogue & ~own_sections_q(user))
