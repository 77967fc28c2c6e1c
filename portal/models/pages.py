"""The home page and free-form standard pages."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.admin_visibility import DraftTitleMixin
from portal.blocks import BodyBlock


class EntryPointBlock(blocks.StructBlock):
    """A tile on the home page leading to one section of the portal."""

    page = blocks.PageChooserBlock(label="Cílová stránka")
    title = blocks.CharBlock(
        label="Nadpis", required=False, help_text="Prázdné = použije se název stránky."
    )
    text = blocks.TextBlock(label="Krátký popis", max_length=240)

    class Meta:
        icon = "link"
        label = "Rozcestník"
        template = "components/entry_point.html"


class HomePage(DraftTitleMixin, Page):
    """The front door: a quick search of the catalogue and the ways into each section.

    Most sections are derived from the content they point to, so they never go stale: the life
    situations (snippets of the catalogue, with their pictograms and order), the public
    consultation open today (plans), the next events and the newest news (campaigns). Editors
    write the introduction, choose the campaign to promote and the extra tiles below.
    """

    hero_title = models.CharField(
        "Hlavní nadpis", max_length=200, help_text="Velký nadpis v úvodu stránky."
    )
    hero_text = models.TextField(
        "Úvodní text", blank=True, help_text="Jedna až dvě věty o tom, k čemu portál slouží."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Úvodní obrázek",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_label = models.CharField(
        "Popisek vyhledávání",
        max_length=120,
        default="Najděte sociální službu",
        help_text="Text nad vyhledávacím polem katalogu.",
    )
    situations_title = models.CharField(
        "Nadpis životních situací",
        max_length=120,
        default="V jaké situaci jste?",
        help_text="Dlaždice situací se berou z číselníku Životní situace (pořadí a piktogram).",
    )
    featured_campaign = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Propagovaná kampaň",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Prázdné = nejnovější zveřejněná kampaň.",
    )
    entry_points = StreamField(
        [("entry", EntryPointBlock())], blank=True, verbose_name="Rozcestník"
    )
    body = RichTextField("Doplňující text", blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading="Úvod",
        ),
        FieldPanel("search_label"),
        FieldPanel("situations_title"),
        PageChooserPanel("featured_campaign", page_type="campaigns.CampaignPage"),
        FieldPanel("entry_points"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "Úvodní stránka"
        verbose_name_plural = "Úvodní stránky"


class StandardPage(DraftTitleMixin, Page):
    """Any other page: information for citizens, the accessibility statement, about pages."""

    introduction = models.TextField(
        "Perex", blank=True, help_text="Krátké shrnutí pod nadpisem (zobrazí se i ve výpisech)."
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name="Obsah")

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = "Obecná stránka"
        verbose_name_plural = "Obecné stránky"
