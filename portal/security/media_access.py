"""Who may see an uploaded document or image: one rule for serving, the API and the search.

A document or image is **public** when both hold:

- a live page that anyone may open (no privacy restriction on it or above it) uses it: a
  chooser, a link in rich text or a foreign key, as Wagtail's reference index records them; or
  such a page shows its whole collection, i.e. references the collection or one of its parent
  collections (the document library does, with its "Kolekce dokumentů"); or the site's settings
  choose it (e.g. the image for sharing, shown by every page);
- its collection, and every collection above it, has no privacy restriction ("Soukromí" in
  the admin).

Anything else -- a file just uploaded, used only by drafts, or in a login-only collection -- is
readable only by the accounts with a permission on its collection (add, change or choose):
the provider's own editors and the coordinators for a provider's collection, the section's
staff for a section's collection, superusers.
"""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast, Length, Substr
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)
from wagtail.permissions import policy_registry

READ_ACTIONS = ["add", "change", "choose"]


def _above_or_at(path_field, outer_path):
    """Rows whose tree ``path_field`` is the outer row's ``outer_path`` or an ancestor's."""
    return {path_field: Substr(OuterRef(outer_path), 1, Length(path_field))}


def public_pages():
    """Live pages outside every privacy-restricted section."""
    restricted = PageViewRestriction.objects.filter(**_above_or_at("page__path", "path"))
    return Page.objects.live().exclude(Exists(restricted))


def _references_from_public_pages(model):
    """Reference-index rows of live public pages pointing at objects of ``model``."""
    page_keys = public_pages().annotate(key=Cast("pk", CharField())).values("key")
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=page_keys,
        to_content_type=ContentType.objects.get_for_model(model),
    )


def _chosen_in_settings(model):
    """Conditions: the object of ``model`` is chosen in a foreign key of a site setting."""
    for setting_model in settings_registry:
        for field in setting_model._meta.get_fields():
            if field.many_to_one and field.related_model is model:
                yield Q(pk__in=setting_model.objects.values(field.attname))


def public_media(model):
    """The documents or images (``model``) that anyone may see and download."""
    used_on_public_page = _references_from_public_pages(model).filter(
        to_object_id=Cast(OuterRef("pk"), CharField())
    )
    shown_collection = (
        Collection.objects.filter(**_above_or_at("path", "collection__path"))
        .annotate(key=Cast("pk", CharField()))
        .filter(key__in=_references_from_public_pages(Collection).values("to_object_id"))
    )
    restricted = CollectionViewRestriction.objects.filter(
        **_above_or_at("collection__path", "collection__path")
    )
    shown = [Exists(used_on_public_page), Exists(shown_collection), *_chosen_in_settings(model)]
    return model.objects.filter(reduce(or_, shown)).exclude(Exists(restricted))


def public_documents():
    return public_media(get_document_model())


def public_images():
    return public_media(get_image_model())


def is_public(item):
    """Whether anyone may see this document or image."""
    return public_media(type(item)).filter(pk=item.pk).exists()


def readable_collections(user, model):
    """Collections whose documents or images (``model``) ``user`` may see even when they are
    not public: those the user has any permission on."""
    policy = policy_registry.get_by_type(model)
    return policy.collections_user_has_any_permission_for(user, READ_ACTIONS)


def can_read(user, item):
    """Whether ``user`` may open this document or image: it is public, or it is in one of
    the user's collections."""
    policy = policy_registry.get_by_type(type(item))
    if user.is_authenticated and policy.user_has_any_permission_for_instance(
        user, READ_ACTIONS, item
    ):
        return True
    return is_public(item)


def public_only(describe):
    """Wrap a search source's ``describe(items)``: items that are not public give None (are
    not found)."""

    def describe_public(items):
        if not items:
            return []
        ids = [item.pk for item in items]
        public = set(public_media(type(items[0])).filter(pk__in=ids).values_list("pk", flat=True))
        described = describe(items)
        return [
            found if item.pk in public else None
            for item, found in zip(items, described, strict=True)
        ]

    return describe_public
