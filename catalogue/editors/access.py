"""Which providers a user edits, and hiding every other provider's pages from them."""

from django.db.models import Q

from catalogue.editors.roles import catalogue_index, is_coordinator
from catalogue.models import ProviderPage


def edited_providers(user):
    """The providers whose editors' group ``user`` belongs to."""
    if not user.is_authenticated:
        return ProviderPage.objects.none()
    return ProviderPage.objects.filter(editor_team__group__user=user).order_by("title")


def without_other_providers(pages, user):
    """``pages`` without the catalogue pages of providers ``user`` does not edit.

    Applies to provider editors only; coordinators and other staff see the whole catalogue.
    """
    if is_coordinator(user):
        return pages
    providers = list(edited_providers(user))
    index = catalogue_index()
    if not providers or index is None:
        return pages
    own = Q()
    for provider in providers:
        own |= Q(path__startswith=provider.path)
    inside_catalogue = Q(path__startswith=index.path, depth__gt=index.depth)
    return pages.exclude(inside_catalogue & ~own)
