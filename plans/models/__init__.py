from .consultation import PlanComment
from .groups import (
    MeetingMinutesPage,
    WorkingGroupIndexPage,
    WorkingGroupMember,
    WorkingGroupPage,
)
from .index import PlanningIndexPage
from .library import DocumentLibraryPage
from .plan import CommunityPlanPage, PlanStatus
from .proposals import EvaluationProposal
from .records import (
    IndicatorValue,
    MeasureEvaluation,
    MeasureIndicator,
    MeasurePartner,
    PlanChapter,
    PlanGoal,
    PlanMeasure,
)

__all__ = [
    "CommunityPlanPage",
    "DocumentLibraryPage",
    "EvaluationProposal",
    "IndicatorValue",
    "MeasureEvaluation",
    "MeasureIndicator",
    "MeasurePartner",
    "MeetingMinutesPage",
    "PlanChapter",
    "PlanComment",
    "PlanGoal",
    "PlanMeasure",
    "PlanStatus",
    "PlanningIndexPage",
    "WorkingGroupIndexPage",
    "WorkingGroupMember",
    "WorkingGroupPage",
]
