"""Keep the site search in step with which documents are public (``media_access``).

A document becomes public or private without being saved itself: a page that uses it is
published, unpublished, moved or deleted, or a privacy restriction changes. After each such
change the documents whose publicity changed are indexed or dropped from the search.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.security.media_access import public_documents

DOCUMENT_SOURCE = "document:"  # how the search keys a document's entry


def indexed_document_ids():
    entries = apps.get_model("portal", "SearchEntry").objects.filter(
        source__startswith=DOCUMENT_SOURCE
    )
    sources = entries.values_list("source", flat=True)
    return {int(source.removeprefix(DOCUMENT_SOURCE)) for source in sources}


def sync_document_index():
    """Index the documents that became public, drop those that stopped being public."""
    from portal.search import indexing

    changed = set(public_documents().values_list("pk", flat=True)) ^ indexed_document_ids()
    for document in get_document_model().objects.filter(pk__in=changed):
        indexing.index_document(document)  # indexes a public document, drops any other


def _page_published(sender, instance, **kwargs):
    # The reference index may be updated by a background task later; the search needs it now.
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(instance)
    sync_document_index()


def _visibility_changed(sender, **kwargs):
    sync_document_index()


def connect():
    page_published.connect(_page_published, dispatch_uid="media_page_published")
    page_unpublished.connect(_visibility_changed, dispatch_uid="media_page_unpublished")
    post_page_move.connect(_visibility_changed, dispatch_uid="media_page_moved")
    post_delete.connect(_visibility_changed, sender=Page, dispatch_uid="media_page_deleted")
    for model in (PageViewRestriction, CollectionViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(_visibility_changed, sender=model)
