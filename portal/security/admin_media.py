"""The admin's documents and images, limited to the collections each account works with.

Wagtail's own listings and choosers already are; its admin API (``/admin/api/main/documents/``,
``…/images/``) and its bulk-action confirmations (which list every requested id, even those
the account has no right to, by title) are not. Registered in ``wagtail_hooks`` after Wagtail's
own, so these replace them.
"""

from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views import bulk_actions as document_actions
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views import bulk_actions as image_actions

from portal.security.media_access import readable_collections


class OwnDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        collections = readable_collections(self.request.user, get_document_model())
        return super().get_queryset().filter(collection__in=collections)


class OwnImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        collections = readable_collections(self.request.user, get_image_model())
        return super().get_queryset().filter(collection__in=collections)


class OwnCollectionsOnly:
    """A bulk action that ignores the ids of files outside the account's collections."""

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        collections = set(
            readable_collections(self.request.user, self.model).values_list("pk", flat=True)
        )
        context["items_with_no_access"] = [
            item for item in context["items_with_no_access"] if item.collection_id in collections
        ]
        return objects, context


def _scoped(action_class):
    return type(action_class.__name__, (OwnCollectionsOnly, action_class), {})


BULK_ACTIONS = [
    _scoped(action_class)
    for module in (document_actions, image_actions)
    for action_class in (
        module.AddTagsBulkAction,
        module.AddToCollectionBulkAction,
        module.DeleteBulkAction,
    )
]
