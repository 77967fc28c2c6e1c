"""Shared roles, the review workflow, and the demo accounts printed by `make run`."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from catalogue.editors import demo
from catalogue.editors.roles import CAMPAIGN_STAFF, COORDINATORS, PLAN_COORDINATORS, setup_roles
from catalogue.editors.workflow import TASK_NAME, WORKFLOW_NAME
from tests.catalogue import factories as f


def quiet(message):
    return None


def test_setup_roles_creates_the_shared_groups_once(catalogue):
    setup_roles()
    call_command("setup_roles", stdout=StringIO())

    names = set(Group.objects.values_list("name", flat=True))
    assert {COORDINATORS, CAMPAIGN_STAFF, PLAN_COORDINATORS} <= names
    assert Group.objects.filter(name=COORDINATORS).count() == 1


def test_wagtails_starter_groups_and_workflow_are_retired_unless_used(catalogue):
    kept, _ = Group.objects.get_or_create(name="Editors")
    get_user_model().objects.create_user("redaktor").groups.add(kept)

    setup_roles()

    names = set(Group.objects.values_list("name", flat=True))
    assert "Moderators" not in names and "Editors" in names
    starter = Workflow.objects.get(name="Moderators approval")
    assert not starter.active
    assert not WorkflowPage.objects.filter(workflow=starter).exists()
    assert WorkflowPage.objects.get(page=catalogue).workflow.name == WORKFLOW_NAME


def test_coordinators_publish_the_catalogue_and_edit_its_taxonomy(catalogue):
    coordinators = Group.objects.get(name=COORDINATORS)

    codenames = {
        p.permission.codename
        for p in GroupPagePermission.objects.filter(group=coordinators, page=catalogue)
    }
    assert {"add_page", "change_page", "publish_page"} <= codenames
    assert coordinators.permissions.filter(codename="change_servicetype").exists()
    assert coordinators.permissions.filter(codename="onboard_provider").exists()


def test_catalogue_changes_are_reviewed_by_the_coordinators(catalogue):
    workflow = WorkflowPage.objects.get(page=catalogue).workflow

    task = workflow.tasks.get().specific
    assert workflow.name == WORKFLOW_NAME and task.name == TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [COORDINATORS]


def test_demo_creates_one_account_per_role_and_two_provider_editors(catalogue, settings):
    first = f.provider(catalogue, "První organizace", "prvni")
    second = f.provider(catalogue, "Druhá organizace", "druha", ico="25840622")

    demo.load(catalogue.get_parent(), quiet)
    demo.load(catalogue.get_parent(), quiet)

    User = get_user_model()
    coordinator = User.objects.get(username="koordinator")
    assert coordinator.check_password("ukazka-koordinator")
    assert coordinator.groups.filter(name=COORDINATORS).exists()
    assert User.objects.get(username="planovani").groups.get().name == PLAN_COORDINATORS
    assert User.objects.get(username="kampane").groups.get().name == CAMPAIGN_STAFF
    assert User.objects.get(username="editor-a").groups.get().provider_team.provider_id == first.pk
    assert User.objects.get(username="editor-b").groups.get().provider_team.provider_id == second.pk
    assert User.objects.filter(username__startswith="editor-").count() == 2


def test_demo_accounts_are_never_created_with_production_settings(catalogue, settings):
    settings.DEMO_ACCOUNTS_ENABLED = False

    demo.load(catalogue.get_parent(), quiet)

    assert not get_user_model().objects.filter(username="koordinator").exists()


def test_demo_accounts_are_printed_only_in_development(catalogue, settings, capsys):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_accounts")

    settings.DEBUG = True
    call_command("demo_accounts")
    assert "koordinator / ukazka-koordinator" in capsys.readouterr().out


@pytest.mark.parametrize(
    "group_name, allowed, forbidden",
    [
        (PLAN_COORDINATORS, "/admin/pripominky-k-planum/", "/admin/registrace/"),
        (CAMPAIGN_STAFF, "/admin/registrace/", "/admin/pripominky-k-planum/"),
    ],
)
def test_section_staff_manage_only_their_own_personal_data(
    catalogue, client, django_user_model, group_name, allowed, forbidden
):
    setup_roles()
    user = django_user_model.objects.create_user("sekce", "sekce@example.org", "heslo-sekce-1")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)

    assert client.get(allowed).status_code == 200
    assert client.get(forbidden).status_code in (302, 403)
