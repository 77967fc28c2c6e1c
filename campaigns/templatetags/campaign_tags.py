"""Event dates in Czech, and the events and news sections of the home page."""

from django import template
from django.utils.dateformat import format as format_date

from campaigns.models import CampaignPage, EventIndexPage, EventPage, NewsIndexPage, NewsPage
from campaigns.models.event_queries import next_occurrences

register = template.Library()

HOME_EVENTS = 3
HOME_NEWS = 3
# Upcoming events considered for the home page; the soonest HOME_EVENTS of them are shown.
HOME_EVENT_CANDIDATES = 30


@register.filter
def when(occurrence):
    """'čtvrtek 19. dubna 2018, 13:00–15:00' and the like, for one occurrence."""
    start, end = occurrence.local_start, occurrence.local_end
    if not occurrence.is_multi_day:
        day = format_date(start, "l j. E Y")
        if occurrence.all_day:
            return day
        return f"{day}, {format_date(start, 'G:i')}–{format_date(end, 'G:i')}"
    if occurrence.all_day:
        return f"{format_date(start, 'j. E Y')} – {format_date(end, 'j. E Y')}"
    return f"{format_date(start, 'j. E Y, G:i')} – {format_date(end, 'j. E Y, G:i')}"


@register.inclusion_tag("components/campaigns/home_sections.html", takes_context=True)
def home_campaign_sections(context):
    """The next few events and the latest news for the home page (a bounded number of queries)."""
    upcoming = EventPage.objects.live().upcoming().for_listing().order_by("start")
    return {
        "request": context.get("request"),
        "occurrences": next_occurrences(upcoming[:HOME_EVENT_CANDIDATES])[:HOME_EVENTS],
        "news": NewsPage.objects.live().for_listing()[:HOME_NEWS],
        "event_index": EventIndexPage.objects.live().first(),
        "news_index": NewsIndexPage.objects.live().first(),
    }


@register.inclusion_tag("components/campaigns/home_campaign.html")
def home_campaign_teaser(chosen=None):
    """The campaign the home page promotes: the one editors chose if it is live, otherwise the
    newest live campaign; nothing when there is none."""
    campaigns = CampaignPage.objects.live().public().select_related("hero_image")
    campaign = None
    if chosen is not None:
        campaign = campaigns.filter(pk=chosen.pk).first()
    if campaign is None:
        campaign = campaigns.order_by("-first_published_at", "-pk").first()
    return {"campaign": campaign}
