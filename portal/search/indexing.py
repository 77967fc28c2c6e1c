"""Pages, plan measures and documents as ``SearchEntry`` rows, kept current by signals."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from portal.search import spelling
from portal.search.normalise import fold, stems

MAX_TEXT = 4000
MAX_DOCUMENT_TEXT = 30_000  # of the extracted text of PDF and DOCX files
_rebuilding = False  # set while rebuild() runs: the vocabulary is recounted once at its end

PAGE_KINDS = {
    "catalogue.servicepage": "sluzba",
    "catalogue.providerpage": "poskytovatel",
    "campaigns.campaignpage": "kampan",
    "campaigns.eventpage": "akce",
    "campaigns.newspage": "aktualita",
    "plans.communityplanpage": "plan",
    "plans.meetingminutespage": "zapis",
}


def _entry_model():
    return apps.get_model("portal", "SearchEntry")


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
        if isinstance(search_field, index.SearchField):
            parts.append(_field_text(obj, search_field))
        elif isinstance(search_field, index.RelatedFields):
            related = getattr(obj, search_field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                for sub in search_field.fields:
                    if item is not None and isinstance(sub, index.SearchField):
                        parts.append(strip_tags(str(getattr(item, sub.field_name, "") or "")))
    return " ".join(part for part in parts if part).strip()


def _save_entry(source, kind, title, url, text, page=None, limit=MAX_TEXT):
    body = " ".join(text.split())[:limit]
    _entry_model().objects.update_or_create(
        source=source,
        defaults={
            "kind": kind,
            "title": title[:300],
            "url": url or "",
            "text": body,
            "title_stems": " ".join(stems(title, keep_stop_words=True)),
            "stems": " ".join(stems(f"{title} {body}", keep_stop_words=True)),
            "folded_title": " " + " ".join(fold(title))[:298] + " ",
            "page": page,
        },
    )
    if not _rebuilding:
        spelling.add_words(title)


def _forget(source):
    entries = _entry_model().objects.filter(source=source)
    for entry in entries:
        entry.delete()  # one by one, so the search backend drops them too


def index_page(page):
    """Create or refresh the entry of ``page``; remove it when the page is not live and public."""
    page = page.specific
    source = f"page:{page.pk}"
    if page.depth <= 2 or not page.live or page.get_view_restrictions().exists():
        _forget(source)
        return
    kind = PAGE_KINDS.get(page._meta.label_lower, "stranka")
    _save_entry(source, kind, page.title, page.url, searchable_text(page), page=page)


def index_plan_item(item):
    source = f"planitem:{item.pk}"
    if not item.plan.live:
        _forget(source)
        return
    text = f"{item.code} {item.text} {item.bearer_name} {item.area}"
    _save_entry(source, "opatreni", f"{item.label}", item.get_url(), text, page=item.plan)


def index_document(document):
    """The document's title, tags and the text extracted from its PDF or DOCX file."""
    from portal.search.documents import stored_text

    tags = " ".join(tag.name for tag in document.tags.all()) if hasattr(document, "tags") else ""
    text = f"{tags} {stored_text(document)}"
    _save_entry(
        f"document:{document.pk}",
        "dokument",
        document.title,
        document.url,
        text,
        limit=MAX_DOCUMENT_TEXT,
    )


def rebuild():
    """Recreate every entry (live public pages, measures of live plans, documents: their text
    is extracted first if new or changed) and the vocabulary of "did you mean"."""
    global _rebuilding
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    _rebuilding = True
    try:
        _entry_model().objects.all().delete()
        for page in Page.objects.live().public().filter(depth__gt=2).specific().iterator():
            index_page(page)
        for item in apps.get_model("plans", "PlanItem").objects.select_related("plan"):
            index_plan_item(item)
        for document in get_document_model().objects.all():
            index_document(document)
    finally:
        _rebuilding = False
    synonyms = apps.get_model("portal", "SearchSynonym").objects.values_list("phrase", "meaning")
    spelling.rebuild_vocabulary(list(synonyms))


@receiver(page_published)
def _page_published(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def _page_unpublished(sender, instance, **kwargs):
    _forget(f"page:{instance.pk}")


@receiver(post_save, sender="plans.PlanItem")
def _plan_item_saved(sender, instance, **kwargs):
    index_plan_item(instance)


@receiver(post_delete, sender="plans.PlanItem")
def _plan_item_deleted(sender, instance, **kwargs):
    _forget(f"planitem:{instance.pk}")


@receiver(post_save, sender="wagtaildocs.Document")
def _document_saved(sender, instance, **kwargs):
    index_document(instance)


@receiver(post_delete, sender="wagtaildocs.Document")
def _document_deleted(sender, instance, **kwargs):
    _forget(f"document:{instance.pk}")
