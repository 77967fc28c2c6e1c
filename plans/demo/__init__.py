"""Demo content of the community-planning section (seeds 001, 002 and 004).

``load(home, log)`` is one step of ``portal.demo.load_demo``; like every step it creates only
what is missing, so running it again changes nothing.
"""

from plans.demo.documents import ensure_library
from plans.demo.ostrava import (
    ensure_consultation_plan,
    ensure_planning_index,
    ensure_working_groups,
)
from plans.demo.zlin import ensure_zlin_plan


def load(home, log):
    index = ensure_planning_index(home, log)
    documents = ensure_library(index, log)
    groups = ensure_working_groups(index, documents, log)
    ensure_zlin_plan(index, documents, log)
    ensure_consultation_plan(index, groups["deti-a-rodina"], log)
