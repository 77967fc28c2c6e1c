"""Bump the page-cache generation whenever content a public page may show changes.

Pages: published, unpublished, moved, deleted (or saved directly). Everything else -- snippets,
settings, images, documents, taxonomy, plan items, registrations counted on event pages --
through ``post_save``/``post_delete`` of any model of the content apps, except the bookkeeping
models listed below that never change what a visitor sees (some are written while a page renders).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.page_cache.store import bump_generation

# Apps whose models hold what visitors see; security, session and admin bookkeeping is elsewhere.
CONTENT_APPS = {
    "portal",
    "catalogue",
    "catalogue_editors",
    "campaigns",
    "plans",
    "taggit",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailredirects",
    "wagtailsearchpromotions",
}
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    "wagtailimages.uploadedimage",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "portal.searchentry",
    "portal.searchfacet",
    "portal.searchquerylog",
    "portal.searchterm",
    "portal.documenttext",
    "catalogue_editors.reviewreminder",
}


def changes_public_content(model):
    meta = model._meta
    return meta.app_label in CONTENT_APPS and meta.label_lower not in IGNORED_MODELS


def on_content_changed(sender, **kwargs):
    if changes_public_content(sender):
        bump_generation()


def on_page_changed(sender, **kwargs):
    bump_generation()


def connect():
    post_save.connect(on_content_changed, dispatch_uid="page_cache_post_save")
    post_delete.connect(on_content_changed, dispatch_uid="page_cache_post_delete")
    m2m_changed.connect(on_content_changed, dispatch_uid="page_cache_m2m_changed")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_changed, dispatch_uid=f"page_cache_{id(signal)}")
