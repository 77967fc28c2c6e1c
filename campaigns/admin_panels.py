"""The campaign staff's dashboard panel: add an event or a news item, and the coming events."""

from django.db.models import Count, Q
from wagtail.admin.ui.components import Component

from campaigns.models import EventIndexPage, EventPage, NewsIndexPage, Registration
from campaigns.models.event_queries import next_occurrences

UPCOMING_LISTED = 8


class CampaignStaffPanel(Component):
    """Shown to whoever may add events or news: "Přidat akci", "Přidat aktualitu" and the next
    events with their registrations (a fixed number of queries however many events there are)."""

    name = "akce_a_aktuality"
    order = 40
    template_name = "campaigns/admin/dashboard_panel.html"

    def __init__(self, event_index, news_index):
        self.event_index = event_index
        self.news_index = news_index

    @classmethod
    def for_user(cls, user):
        """The panel, or None when the user may add neither events nor news."""
        indexes = [
            model.objects.order_by("path").first() for model in (EventIndexPage, NewsIndexPage)
        ]
        allowed = [
            index if index and index.permissions_for_user(user).can_add_subpage() else None
            for index in indexes
        ]
        return cls(*allowed) if any(allowed) else None

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["event_index"] = self.event_index
        context["news_index"] = self.news_index
        context["occurrences"] = upcoming_with_registrations() if self.event_index else []
        return context


def upcoming_with_registrations(limit=UPCOMING_LISTED):
    """The next occurrences of coming events, each event annotated with its registrations."""
    events = (
        EventPage.objects.upcoming()
        .annotate(
            confirmed_count=Count(
                "registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)
            ),
            waiting_count=Count(
                "registrations", filter=Q(registrations__status=Registration.Status.WAITING)
            ),
        )
        .order_by("start")
    )
    return next_occurrences(events)[:limit]
