"""News: short articles about campaigns, events and community planning (/aktuality/)."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.admin_visibility import DraftTitleMixin
from portal.blocks import BodyBlock

NEWS_PER_PAGE = 10
NEWS_IN_FEED = 20


class NewsQuerySet(PageQuerySet):
    def for_campaign(self, campaign):
        return self.filter(campaign=campaign)

    def for_listing(self):
        """Newest first, with what a news teaser shows."""
        return self.select_related("image").order_by("-date", "-pk")


NewsPageManager = PageManager.from_queryset(NewsQuerySet)


class NewsIndexPage(DraftTitleMixin, RoutablePageMixin, Page):
    """The news section: every news item, newest first, with an RSS feed (/aktuality/rss/)."""

    introduction = models.TextField("Perex", blank=True, help_text="Krátký úvod nad výpisem.")

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["campaigns.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = "Seznam aktualit"
        verbose_name_plural = "Seznamy aktualit"

    def news(self):
        return NewsPage.objects.live().descendant_of(self).for_listing()

    @path("")
    def listing(self, request):
        paginator = Paginator(self.news(), NEWS_PER_PAGE)
        news_page = paginator.get_page(request.GET.get("strana"))
        return self.render(request, context_overrides={"news_page": news_page})

    @path("rss/")
    def rss(self, request):
        from campaigns.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(DraftTitleMixin, Page):
    """One news item, optionally belonging to a campaign."""

    date = models.DateField("Datum", default=timezone.localdate)
    introduction = models.TextField(
        "Perex", help_text="Shrnutí v jedné až dvou větách; zobrazí se ve výpisech a v RSS."
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Obrázek",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Vyplňte u obrázku popis (alternativní text).",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name="Text")
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name="Kampaň",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text="Aktualita se zobrazí i na stránce kampaně.",
    )

    objects = NewsPageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("introduction"), FieldPanel("image")],
            heading="Úvod",
        ),
        FieldPanel("body"),
        FieldPanel("campaign"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["campaigns.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Aktualita"
        verbose_name_plural = "Aktuality"
