from .consultation import PlanComment
from .groups import MeetingMinutesPage, WorkingGroupIndexPage, WorkingGroupPage
from .index import PlanningIndexPage
from .items import PlanItem
from .library import DocumentLibraryPage
from .plan import CommunityPlanPage

__all__ = [
    "CommunityPlanPage",
    "DocumentLibraryPage",
    "MeetingMinutesPage",
    "PlanComment",
    "PlanItem",
    "PlanningIndexPage",
    "WorkingGroupIndexPage",
    "WorkingGroupPage",
]
