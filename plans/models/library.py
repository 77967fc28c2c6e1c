"""The document library: plans, minutes, methodologies, leaflets and annual reports."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Collection, Page
from wagtail.search import index

from portal.admin_visibility import DraftTitleMixin
from portal.security.media_access import public_documents


class DocumentLibraryPage(DraftTitleMixin, Page):
    """/komunitni-planovani/dokumenty/: every document of one collection tree, filterable."""

    introduction = models.TextField("Perex", blank=True, help_text="Jaké dokumenty tu lidé najdou.")
    root_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name="Kolekce dokumentů",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Zobrazí se dokumenty této kolekce a jejích podkolekcí (Plány, Zápisy, …).",
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("root_collection"),
    ]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["plans.PlanningIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "Knihovna dokumentů"
        verbose_name_plural = "Knihovny dokumentů"

    def collections(self):
        """The sub-collections people can filter by (Plány, Zápisy, …)."""
        return self.root_collection.get_children().order_by("name")

    def documents(self):
        """The public documents of the collection tree (not those of login-only collections)."""
        collections = Collection.objects.descendant_of(self.root_collection, inclusive=True)
        return (
            public_documents()
            .filter(collection__in=collections)
            .select_related("collection")
            .order_by("-created_at", "title")
        )

    def get_context(self, request, *args, **kwargs):
        from plans.library import filter_documents

        context = super().get_context(request, *args, **kwargs)
        context.update(filter_documents(self, request))
        return context
