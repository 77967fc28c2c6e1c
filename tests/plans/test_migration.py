"""The data migration moves the demo plans from StreamField blocks into records, losing nothing.

``data/demo_plans_before_records.json`` was taken from the demo before the move (commit cafe041):
each plan's raw StreamField (pages named by slug and title instead of their ids) and the visible
text of its chapters, goals and measures on the plan page. Here the plans get that StreamField
back under the old schema, the migrations run forward, and the plan page must show every piece
of the old text again, in the same order.
"""

import datetime
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from plans.models import (
    CommunityPlanPage,
    PlanMeasure,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child
from tests.catalogue import factories as catalogue_factories
from tests.plans import builders

BEFORE = json.loads((Path(__file__).parent / "data" / "demo_plans_before_records.json").read_text())
OLD_SCHEMA = [("plans", "0002_remove_workinggrouppage_meeting_schedule")]


class ChapterText(HTMLParser):
    """The visible text inside the plan page's ``<section class="chapter">`` elements."""

    VOID = {"br", "img", "input", "meta", "link", "hr"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if (self.depth or (tag == "section" and ("class", "chapter") in attrs)) and (
            tag not in self.VOID
        ):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and data.strip():
            self.parts.append(" ".join(data.split()))


def chapter_text(html):
    parser = ChapterText()
    parser.feed(html)
    return parser.parts


def in_order(parts, text):
    """Whether ``parts`` appear in ``text`` one after another (other text may come between)."""
    remaining = iter(text)
    return all(any(part == candidate for candidate in remaining) for part in parts)


def with_ids(value, pages):
    """The stored structure with each ``{"slug", "title"}`` page replaced by its id here."""
    if isinstance(value, dict):
        if set(value) == {"slug", "title"}:
            return pages[value["slug"]].pk
        return {key: with_ids(item, pages) for key, item in value.items()}
    if isinstance(value, list):
        return [with_ids(item, pages) for item in value]
    return value


def referenced_pages(value, found=None):
    found = {} if found is None else found
    if isinstance(value, dict):
        if set(value) == {"slug", "title"}:
            found[value["slug"]] = value["title"]
        else:
            for item in value.values():
                referenced_pages(item, found)
    elif isinstance(value, list):
        for item in value:
            referenced_pages(item, found)
    return found


def demo_like_plans(home):
    """The two demo plans (without records) and the groups and providers they point at."""
    index = builders.planning_index(home)
    groups = ensure_child(
        index, WorkingGroupIndexPage, "pracovni-skupiny", title="Pracovní skupiny"
    )
    catalogue = catalogue_factories.catalogue_index(home)
    pages = {}
    for data in BEFORE.values():
        for slug, title in referenced_pages(data["structure"]).items():
            if slug in pages:
                continue
            if slug == "deti-a-rodina":
                pages[slug] = ensure_child(
                    groups, WorkingGroupPage, slug, title=title, purpose="<p>Rodiny.</p>"
                )
            else:
                pages[slug] = catalogue_factories.provider(catalogue, title, slug)
    today = timezone.localdate()
    plans = {
        "zlin-2008-2012": {"status": PlanStatus.APPROVED, "period_start": 2008, "period_end": 2012},
        "5-komunitni-plan-navrh": {
            "status": PlanStatus.CONSULTATION,
            "period_start": 2019,
            "period_end": 2022,
            "consultation_start": today - datetime.timedelta(days=7),
            "consultation_end": today + datetime.timedelta(days=21),
        },
    }
    made = {
        slug: ensure_child(index, CommunityPlanPage, slug, title=slug, **fields)
        for slug, fields in plans.items()
    }
    return made, pages


# serialized_rollback: the root page and site come back for the tests that run after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_moves_demo_plans_into_records_without_losing_text(client, home_page):
    plans, pages = demo_like_plans(home_page)

    executor = MigrationExecutor(connection)
    executor.migrate(OLD_SCHEMA)
    old_apps = executor.loader.project_state(OLD_SCHEMA).apps
    OldPlan = old_apps.get_model("plans", "CommunityPlanPage")
    field = OldPlan._meta.get_field("structure")
    for slug, data in BEFORE.items():
        old_plan = OldPlan.objects.get(pk=plans[slug].pk)
        old_plan.structure = field.to_python(with_ids(data["structure"], pages))
        old_plan.save(update_fields=["structure"])
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    for slug, data in BEFORE.items():
        plan = CommunityPlanPage.objects.get(slug=slug)
        response = client.get(plan.url)
        assert response.status_code == 200
        after = chapter_text(response.content.decode())
        missing = [part for part in data["text"] if part not in after]
        assert not missing, f"{slug}: lost {missing[:5]}"
        assert in_order(data["text"], after), f"{slug}: the text comes in another order"
    zlin_measures = PlanMeasure.objects.filter(plan__slug="zlin-2008-2012")
    # The demo evaluated the first measure of each of the four chapters in 2008.
    assert zlin_measures.filter(evaluations__year=2008).count() == 4
    assert zlin_measures.get(code="1.1.2").title.startswith("Rozvoj streetworku")
    volunteers = PlanMeasure.objects.get(plan__slug="5-komunitni-plan-navrh", code="4.1")
    assert list(volunteers.indicators.values_list("name", flat=True)) == [
        "Počet nových dobrovolníků",
        "Počet hodin dobrovolnické práce",
    ]
    assert volunteers.partners.count() == 2
