"""The index kept current: entries and their facet values written from the registered sources.

Pages are indexed when published and forgotten when unpublished or deleted; other registered
models (documents, plan measures, life situations) when saved or deleted. ``rebuild`` recreates
everything. Each object's entry is keyed "<prefix>:<pk>" (``Source.key_prefix``).
"""

from itertools import islice

from django.apps import apps
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import strip_tags
from django_tasks import task
from wagtail.search import index
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal.page_cache.store import bump_generation
from portal.search import elasticsearch_index, registry, spelling
from portal.search.index_schema import facet_tokens
from portal.search.normalise import fold, index_stems
from portal.search.registry import Document, Source
from portal.security.media_access import public_only

MAX_TEXT = 4000
MAX_DOCUMENT_TEXT = 30_000  # of the extracted text of PDF and DOCX files
BATCH_SIZE = 200
_rebuilding = False  # set while rebuild() runs: the vocabulary is recounted once at its end


def _entry_model():
    return apps.get_model("portal", "SearchEntry")


def _facet_model():
    return apps.get_model("portal", "SearchFacet")


def _field_text(obj, search_field):
    """The plain text of one search field of ``obj`` (StreamFields and rich text included)."""
    value = search_field.get_value(obj)
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = " ".join(str(part) for part in value)
    return strip_tags(str(value))


def searchable_text(obj):
    """Everything ``obj`` is searched by, as plain text, in the order of its search fields."""
    parts = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            parts.append(_field_text(obj, search_field))
        elif isinstance(search_field, index.RelatedFields):
            related = getattr(obj, search_field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                for sub in search_field.fields:
                    if item is not None and isinstance(sub, index.SearchField):
                        parts.append(strip_tags(str(getattr(item, sub.field_name, "") or "")))
    return " ".join(part for part in parts if part).strip()


def is_public_page(page):
    return page.depth > 2 and page.live and not page.get_view_restrictions().exists()


def page_documents(pages):
    """Any live public page: its title and the text of its search fields."""
    return [
        Document(title=page.title, url=page.url or "", body=searchable_text(page))
        if is_public_page(page)
        else None
        for page in pages
    ]


def live_pages(model_label):
    """A source's ``everything`` for a page model ("app_label.ModelName"): its live public pages."""

    def everything():
        return apps.get_model(model_label).objects.live().public().iterator(chunk_size=100)

    return everything


def _all_public_pages():
    """Live public pages of the types no app indexes itself (those it rebuilds on its own)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    own = [
        apps.get_model(source.model)
        for source in registry.sources()
        if source.key_prefix == "page" and source.model != "wagtailcore.page"
    ]
    pages = Page.objects.live().public().filter(depth__gt=2)
    pages = pages.exclude(content_type__in=ContentType.objects.get_for_models(*own).values())
    return pages.specific().iterator(chunk_size=100)


def _document_documents(documents):
    """A library document: its title, tags and the text extracted from its PDF or DOCX file."""
    from portal.search.documents import stored_text

    found = []
    for document in documents:
        tags = " ".join(tag.name for tag in document.tags.all())
        found.append(
            Document(
                title=document.title,
                url=document.url,
                body=f"{tags} {stored_text(document)}",
                facets={"kolekce": [str(document.collection_id)]},
            )
        )
    return found


def _all_documents():
    from wagtail.documents import get_document_model

    return get_document_model().objects.prefetch_related("tags").iterator(chunk_size=100)


registry.register(Source("wagtailcore.page", "stranka", page_documents, _all_public_pages))
registry.register(
    Source(
        "wagtaildocs.document",
        "dokument",
        public_only(_document_documents),
        _all_documents,
        "document",
    )
)


def entry_key(source, obj):
    return f"{source.key_prefix}:{obj.pk}"


def _entry(source, obj, document):
    limit = MAX_DOCUMENT_TEXT if source.kind == "dokument" else MAX_TEXT
    body = " ".join(document.body.split())[:limit]
    title = document.title[:300]
    return _entry_model()(
        source=entry_key(source, obj),
        kind=source.kind,
        title=title,
        url=(document.url or "")[:500],
        text=body,
        title_stems=index_stems(title),
        keywords=index_stems(document.keywords),
        stems=index_stems(body),
        folded_title=(" " + " ".join(fold(title))[:298] + " "),
        page_id=obj.pk if source.key_prefix == "page" else None,
        object_id=obj.pk,
        facet_tokens=facet_tokens(document.facets),
        display=document.display,
    )


def _index_changed():
    """What is kept of the index beside it (the facet bitmaps of each process, cached pages
    that list search results) follows its content generation: bump it now, for this process,
    and again when the transaction commits, so that no process keeps what it read between."""
    bump_generation()
    transaction.on_commit(bump_generation)


def _write(source, objects):
    """Replace the entries of ``objects`` (of one source) by their current documents."""
    documents = source.documents(objects)
    keys = [entry_key(source, obj) for obj in objects]
    entries, facets = [], []
    for obj, document in zip(objects, documents, strict=True):
        if document is not None:
            entries.append(_entry(source, obj, document))
            facets.append(document.facets)
    with transaction.atomic():
        _entry_model().objects.filter(source__in=keys).delete()
        created = _entry_model().objects.bulk_create(entries)
        _facet_model().objects.bulk_create(
            _facet_model()(entry_id=entry.pk, name=name, value=str(value)[:100])
            for entry, values in zip(created, facets, strict=True)
            for name, chosen in values.items()
            for value in dict.fromkeys(chosen)
        )
        _index_changed()
    if elasticsearch_index.configured():
        written = {entry.source for entry in created}
        elasticsearch_index.write(
            zip(created, facets, strict=True), [key for key in keys if key not in written]
        )
    if not _rebuilding:
        for entry in created:
            spelling.add_words(entry.title)
    return created


def index_objects(objects):
    """Index (or forget, if no longer searchable) every object of ``objects``."""
    by_source = {}
    for obj in objects:
        source = registry.source_for_model(type(obj))
        if source is not None:
            by_source.setdefault(source, []).append(obj)
    for source, found in by_source.items():
        _write(source, found)


def index_page(page):
    index_objects([page.specific])


def index_document(document):
    index_objects([document])


def forget(obj):
    source = registry.source_for_model(type(obj))
    if source is not None:
        _forget_keys([entry_key(source, obj)])


def _forget_keys(keys):
    _entry_model().objects.filter(source__in=keys).delete()
    _index_changed()
    if elasticsearch_index.configured():
        elasticsearch_index.write([], keys)


def replace_facet(kind, name, values_by_object):
    """Set facet ``name`` of every entry of ``kind`` to ``values_by_object[its object id]``."""
    entries = list(_entry_model().objects.filter(kind=kind).only("pk", "object_id"))
    with transaction.atomic():
        _facet_model().objects.filter(name=name, entry__kind=kind).delete()
        _facet_model().objects.bulk_create(
            _facet_model()(entry_id=entry.pk, name=name, value=value)
            for entry in entries
            for value in dict.fromkeys(values_by_object.get(entry.object_id, ()))
        )
        _rewrite_facet_tokens([entry.pk for entry in entries])
        _index_changed()
    if elasticsearch_index.configured():
        _resend([entry.pk for entry in entries])


def _facets_of(entry_ids):
    """{entry id: {facet name: [values]}} as the facet rows of ``entry_ids`` have them."""
    facets = {}
    for chunk in batches(entry_ids, 2000):
        rows = _facet_model().objects.filter(entry_id__in=chunk).order_by("pk")
        for entry_id, name, value in rows.values_list("entry_id", "name", "value"):
            facets.setdefault(entry_id, {}).setdefault(name, []).append(value)
    return facets


def _rewrite_facet_tokens(entry_ids):
    """Write the entries' facet tokens (what the index filters by) from their facet rows."""
    facets = _facets_of(entry_ids)
    entries = [
        _entry_model()(pk=pk, facet_tokens=facet_tokens(facets.get(pk, {}))) for pk in entry_ids
    ]
    _entry_model().objects.bulk_update(entries, ["facet_tokens"], batch_size=BATCH_SIZE)


def _resend(entry_ids):
    """Send entries to Elasticsearch again as the database has them (facets changed)."""
    facets = _facets_of(entry_ids)
    entries = _entry_model().objects.filter(pk__in=entry_ids)
    elasticsearch_index.write([(entry, facets.get(entry.pk, {})) for entry in entries], [])


def batches(iterable, size=BATCH_SIZE):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def rebuild():
    """Recreate every entry of every source and the vocabulary of "did you mean"."""
    global _rebuilding
    _rebuilding = True
    try:
        _entry_model().objects.all().delete()
        _index_changed()
        if elasticsearch_index.configured():
            elasticsearch_index.recreate()
        for source in registry.sources():
            for batch in batches(source.everything()):
                index_objects(batch)
    finally:
        _rebuilding = False
    synonyms = apps.get_model("portal", "SearchSynonym").objects.values_list("phrase", "meaning")
    spelling.rebuild_vocabulary(list(synonyms))
    refresh_statistics()


def refresh_statistics():
    """After a rebuild or a bulk import, let PostgreSQL plan searches on the index as it now is
    rather than wait for autovacuum: planned on the statistics of an almost empty index, a
    catalogue search over 7 000 new services took four times as long (``bench/search.py``).
    SQLite keeps no statistics unless asked, and plans these queries well without them."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(
        connection.ops.quote_name(model._meta.db_table)
        for model in (_entry_model(), _facet_model())
    )
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


@receiver(page_published)
def _page_published(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_slug_changed)
def _page_slug_changed(sender, instance, **kwargs):
    _address_changed(instance)


@receiver(post_page_move)
def _page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before != url_path_after:
        _address_changed(instance)


def _address_changed(page):
    """The entries of the pages under ``page`` keep their addresses (a service's card its
    link): index them again, in the background, as there may be thousands."""
    if page.numchild:
        index_descendants.enqueue(page.pk)


@task()
def index_descendants(page_pk):
    """Index again the live pages under page ``page_pk`` (its address changed)."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_pk).first()
    if page is None:
        return
    pages = Page.objects.live().descendant_of(page).specific().iterator(chunk_size=100)
    for batch in batches(pages):
        index_objects(batch)


@receiver(page_unpublished)
def _page_unpublished(sender, instance, **kwargs):
    _forget_keys([f"page:{instance.pk}"])


@receiver(post_save)
def _object_saved(sender, instance, raw=False, **kwargs):
    source = registry.source_for_model(sender)
    if source is not None and source.key_prefix != "page" and not raw:
        index_objects([instance])


@receiver(post_delete)
def _object_deleted(sender, instance, **kwargs):
    source = registry.source_for_model(sender)
    if source is not None and source.key_prefix != "page":
        forget(instance)
