"""The data migration turns a working group's member blocks into records, in its live page and
in its revisions, losing no organisation."""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from plans.models import WorkingGroupIndexPage, WorkingGroupPage
from portal.demo.pages import ensure_child
from tests.catalogue import factories as catalogue_factories
from tests.plans import builders

BEFORE_MEMBERS = [("plans", "0005_remove_plan_structure")]


def old_members(provider):
    return [
        {"type": "member", "value": {"page": provider.pk, "name": ""}, "id": "a"},
        {"type": "member", "value": {"page": None, "name": "Slezská diakonie"}, "id": "b"},
    ]


# serialized_rollback: the root page and site come back for the tests that run after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_member_blocks_become_records_in_the_page_and_its_revisions(client, home_page):
    index = builders.planning_index(home_page)
    groups = ensure_child(index, WorkingGroupIndexPage, "pracovni-skupiny", title="Skupiny")
    group = ensure_child(
        groups, WorkingGroupPage, "deti-a-rodina", title="Děti a rodina", purpose="<p>x</p>"
    )
    catalogue = catalogue_factories.catalogue_index(home_page)
    charity = catalogue_factories.provider(catalogue, "Charita Ostrava", "charita-ostrava")

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_MEMBERS)
    old_apps = executor.loader.project_state(BEFORE_MEMBERS).apps
    OldGroup = old_apps.get_model("plans", "WorkingGroupPage")
    Revision = old_apps.get_model("wagtailcore", "Revision")
    field = OldGroup._meta.get_field("members")
    old_group = OldGroup.objects.get(pk=group.pk)
    old_group.members = field.to_python(old_members(charity))
    old_group.save(update_fields=["members"])
    revision = Revision.objects.filter(object_id=str(group.pk)).latest("pk")
    revision.content = {**revision.content, "members": json.dumps(old_members(charity))}
    revision.save(update_fields=["content"])

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    group = WorkingGroupPage.objects.get(pk=group.pk)
    assert [(m.provider_id, m.name) for m in group.member_organisations.all()] == [
        (charity.pk, ""),
        (None, "Slezská diakonie"),
    ]
    draft = group.get_latest_revision_as_object()
    assert [m.label for m in draft.member_organisations.all()] == [
        "Charita Ostrava",
        "Slezská diakonie",
    ]
    html = client.get(group.url).content.decode()
    assert "Charita Ostrava" in html and "Slezská diakonie" in html
