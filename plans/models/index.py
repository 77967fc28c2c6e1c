"""The community-planning section's front page."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.admin_visibility import DraftTitleMixin
from portal.blocks import BodyBlock


class PlanningIndexPage(DraftTitleMixin, Page):
    """/komunitni-planovani/: what community planning is, the plans, groups and documents."""

    introduction = models.TextField(
        "Perex", blank=True, help_text="Krátké shrnutí pod nadpisem stránky."
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name="Obsah",
        help_text="Příběh komunitního plánování ve městě, kontakty na koordinátory.",
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = [
        "plans.CommunityPlanPage",
        "plans.WorkingGroupIndexPage",
        "plans.DocumentLibraryPage",
        "portal.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "Rozcestník komunitního plánování"
        verbose_name_plural = "Rozcestníky komunitního plánování"

    def get_context(self, request, *args, **kwargs):
        from .groups import WorkingGroupIndexPage
        from .plan import CommunityPlanPage

        context = super().get_context(request, *args, **kwargs)
        context["plans"] = (
            CommunityPlanPage.objects.child_of(self).live().order_by("-period_start", "title")
        )
        sections = list(self.get_children().live().not_type(CommunityPlanPage).specific())
        for section in sections:
            if isinstance(section, WorkingGroupIndexPage):
                # The number the section card shows is the number of groups its page lists.
                section.group_count = section.groups().count()
        context["sections"] = sections
        return context
