"""The events calendar (/akce/): upcoming events, filters, month view, archive, iCalendar feed."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from campaigns.calendar import calendar_response
from campaigns.listing import EventFilterForm, build_listing, quick_ranges, shift_month
from campaigns.models.campaign import CampaignPage
from campaigns.models.events import EventPage
from portal.admin_visibility import DraftTitleMixin

EVENTS_PER_PAGE = 20
# The subscribable feed of all events keeps events that ended within this many days.
FEED_HISTORY_DAYS = 365


class EventIndexPage(DraftTitleMixin, RoutablePageMixin, Page):
    """The calendar of every event: upcoming first, with filters, a month view and an archive."""

    introduction = models.TextField(
        "Perex", blank=True, help_text="Krátký úvod nad kalendářem akcí."
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["campaigns.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "Kalendář akcí"
        verbose_name_plural = "Kalendáře akcí"

    def events(self):
        return EventPage.objects.live().descendant_of(self)

    @path("")
    def calendar(self, request):
        return self.render(request, context_overrides=self.listing_context(request))

    @path("kalendar.ics")
    def calendar_feed(self, request):
        since = timezone.now() - timedelta(days=FEED_HISTORY_DAYS)
        return calendar_response(request, self.events().upcoming(since), self.title, "akce")

    def listing_context(self, request):
        today = timezone.localdate()
        campaigns = CampaignPage.objects.live().only("pk", "title", "slug").order_by("title")
        form = EventFilterForm(request.GET, campaigns)
        listing = build_listing(self.events().for_listing(), form, today)
        context = {
            "filter_form": form,
            "listing": listing,
            "quick_filters": self._quick_filters(form, today),
            "archive_years": self._archive_years(),
            "filters_query": _query(form, "kategorie", "kampan"),
        }
        if listing.mode == "month":
            context["previous_month"] = shift_month(listing.month, -1)
            context["next_month"] = shift_month(listing.month, 1)
        else:
            paginator = Paginator(listing.occurrences, EVENTS_PER_PAGE)
            context["occurrences_page"] = paginator.get_page(request.GET.get("strana"))
            context["page_query"] = _query(form, "od", "do", "kategorie", "kampan")
        context["this_month"] = today.replace(day=1)
        return context

    def _quick_filters(self, form, today):
        chosen = (form.valid_value("od"), form.valid_value("do"))
        filters_query = _query(form, "kategorie", "kampan")
        return [
            {
                "label": label,
                "query": urlencode({"od": start.isoformat(), "do": end.isoformat()})
                + (f"&{filters_query}" if filters_query else ""),
                "active": chosen == (start, end),
            }
            for label, start, end in quick_ranges(today)
        ]

    def _archive_years(self):
        """Years with finished events, newest first (one query)."""
        years = self.events().past().datetimes("start", "year", order="DESC")
        return [year.year for year in years]


def _query(form, *names):
    """The valid values of the named parameters as a query string."""
    values = {}
    for name in names:
        value = form.valid_value(name)
        if value:
            values[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return urlencode(values)
