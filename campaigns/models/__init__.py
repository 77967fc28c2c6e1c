from .campaign import CampaignIndexPage, CampaignPage
from .event_index import EventIndexPage
from .event_queries import Occurrence
from .events import EventCategory, EventPage, EventStatus, RegistrationState
from .news import NewsIndexPage, NewsPage
from .registration import Outcome, Registration

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "EventCategory",
    "EventIndexPage",
    "EventPage",
    "EventStatus",
    "NewsIndexPage",
    "NewsPage",
    "Occurrence",
    "Outcome",
    "Registration",
    "RegistrationState",
]
