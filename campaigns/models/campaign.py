"""Campaigns such as "Dejme dětem rodinu": their story, partners, materials, events and news."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock

from campaigns.blocks import (
    LIFE_SITUATION,
    SERVICE_PAGE,
    CampaignBodyBlock,
    DocumentBlock,
    PartnersBlock,
    TimelineEntryBlock,
)
from campaigns.calendar import calendar_response
from campaigns.models.event_queries import next_occurrences, recent_occurrences
from campaigns.models.events import EventPage
from campaigns.models.news import NewsPage
from catalogue.models import ServicePage
from portal.admin_visibility import DraftTitleMixin
from portal.blocks import live_or_none

UPCOMING_ON_CAMPAIGN = 5
PAST_ON_CAMPAIGN = 6
NEWS_ON_CAMPAIGN = 4
SERVICES_ON_CAMPAIGN = 12


class CampaignIndexPage(DraftTitleMixin, Page):
    """The list of campaigns the city and its partners run (/kampane/)."""

    introduction = models.TextField(
        "Perex", blank=True, help_text="Krátký úvod nad seznamem kampaní."
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count = 1

    class Meta:
        verbose_name = "Seznam kampaní"
        verbose_name_plural = "Seznamy kampaní"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = (
            CampaignPage.objects.child_of(self).live().select_related("hero_image")
        )
        return context


class CampaignPage(DraftTitleMixin, RoutablePageMixin, Page):
    """One campaign: motto, goals, story, partners, materials and its events and news."""

    motto = models.CharField(
        "Motto", max_length=200, blank=True, help_text="Krátké heslo kampaně do úvodu stránky."
    )
    introduction = models.TextField(
        "Perex", help_text="Jedna až dvě věty: o čem kampaň je a komu je určena."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Úvodní obrázek",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Obrázek v úvodu stránky; vyplňte u obrázku popis (alternativní text).",
    )
    goals = RichTextField(
        "Cíle kampaně",
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Co chce kampaň dosáhnout, nejlépe jako odrážky.",
    )
    body = StreamField(
        CampaignBodyBlock(),
        blank=True,
        verbose_name="Obsah",
        help_text="Příběh kampaně, časté otázky, svědectví, čísla a výzva k akci.",
    )
    timeline = StreamField(
        [("entry", TimelineEntryBlock())],
        blank=True,
        verbose_name="Kampaň v letech",
        help_text="Co se v jednotlivých letech kampaně stalo (od nejstaršího).",
    )
    partners = StreamField(
        PartnersBlock(),
        blank=True,
        verbose_name="Partneři",
        help_text="Poskytovatelé z katalogu nebo jiné organizace, které kampaň spoluvytvářejí.",
    )
    materials = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        verbose_name="Materiály ke stažení",
        help_text="Letáky, prezentace a další dokumenty kampaně.",
    )
    related_services = StreamField(
        [("service", blocks.PageChooserBlock(page_type=SERVICE_PAGE, label="Služba"))],
        blank=True,
        verbose_name="Související služby",
        help_text="Služby z katalogu, na které se mohou zájemci obrátit.",
    )
    service_situations = StreamField(
        [("situation", SnippetChooserBlock(LIFE_SITUATION, label="Životní situace"))],
        blank=True,
        verbose_name="Služby podle životní situace",
        help_text=(
            "Zobrazí i všechny služby katalogu pro zvolené situace, např. „Chci se stát pěstounem“."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("motto"), FieldPanel("introduction"), FieldPanel("hero_image")],
            heading="Úvod",
        ),
        FieldPanel("goals"),
        FieldPanel("body"),
        FieldPanel("timeline"),
        FieldPanel("partners"),
        FieldPanel("materials"),
        MultiFieldPanel(
            [FieldPanel("related_services"), FieldPanel("service_situations")],
            heading="Služby z katalogu",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("motto"),
        index.SearchField("introduction"),
        index.SearchField("goals"),
        index.SearchField("body"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Kampaň"
        verbose_name_plural = "Kampaně"

    def public_partners(self):
        """The partners visitors see: a provider from the catalogue only while its page is live."""
        return [
            partner
            for partner in self.partners
            if partner.block_type != "provider" or live_or_none(partner.value["page"])
        ]

    def services(self):
        """Services chosen by the editor, then those for the chosen life situations."""
        chosen = [
            block.value for block in self.related_services if block.value and block.value.live
        ]
        situations = [block.value for block in self.service_situations if block.value]
        if situations and len(chosen) < SERVICES_ON_CAMPAIGN:
            found = (
                ServicePage.objects.live()
                .for_situations(situations)
                .exclude(pk__in=[service.pk for service in chosen])
                .order_by("title")
            )
            chosen += list(found[: SERVICES_ON_CAMPAIGN - len(chosen)])
        return chosen[:SERVICES_ON_CAMPAIGN]

    @path("")
    def campaign(self, request):
        return self.render(request)

    @path("kalendar.ics")
    def calendar_feed(self, request):
        events = EventPage.objects.live().for_campaign(self)
        return calendar_response(request, events, name=self.title, filename=self.slug)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.live().for_campaign(self).for_listing()
        context["upcoming_events"] = next_occurrences(events.upcoming())[:UPCOMING_ON_CAMPAIGN]
        context["past_events"] = recent_occurrences(events.past(), PAST_ON_CAMPAIGN)
        context["news"] = (
            NewsPage.objects.live().for_campaign(self).for_listing()[:NEWS_ON_CAMPAIGN]
        )
        context["services"] = self.services()
        return context
