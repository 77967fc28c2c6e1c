"""An editor changes their service and submits it; a coordinator approves or rejects it."""

from datetime import date, time

from django.core import mail
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from catalogue.models import OpeningHours, ServicePage
from tests.editors.conftest import client_for, edit_form_data


def submit_new_hours(client, service):
    data = edit_form_data(
        client, service, **{"weekly_hours-0-0-od": "09:30", "action-submit": "Odeslat"}
    )
    return client.post(f"/admin/pages/{service.pk}/edit/", data)


def open_task_state(page):
    return Page.objects.get(pk=page.pk).current_workflow_state.current_task_state


def test_editor_submits_new_opening_hours_for_approval(world, as_editor_a, client):
    service = world["service_a"]

    submit_new_hours(as_editor_a, service)

    state = Page.objects.get(pk=service.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert OpeningHours.objects.get(service=service).opens == time(8)
    assert "9.30" not in client.get(service.url).content.decode()
    assert [message.to for message in mail.outbox] == [["koordinator@example.org"]]
    assert mail.outbox[0].subject == "Ke schválení: „Poradna A“ (Kontrola koordinátorem katalogu)"
    assert "čeká na vaše schválení" in mail.outbox[0].body
    dashboard = as_editor_a.get("/admin/").content.decode()
    assert "Čeká na schválení koordinátorem" in dashboard


def test_coordinator_approves_and_the_public_page_shows_the_new_hours(
    world, as_editor_a, as_coordinator, client
):
    service = world["service_a"]
    submit_new_hours(as_editor_a, service)
    mail.outbox.clear()

    response = as_coordinator.post(
        f"/admin/pages/workflow/action/{service.pk}/approve/{open_task_state(service).pk}/",
        {"comment": ""},
    )

    assert response.status_code == 302
    assert "9.30" in client.get(service.url).content.decode()
    assert ServicePage.objects.get(pk=service.pk).last_verified == timezone.localdate()
    assert [message.to for message in mail.outbox] == [["editor-a@example.org"]]
    assert "schválena" in mail.outbox[0].subject


def test_coordinator_rejects_with_a_comment_the_editor_reads(
    world, as_editor_a, as_coordinator, client
):
    service = world["service_a"]
    submit_new_hours(as_editor_a, service)
    mail.outbox.clear()

    as_coordinator.post(
        f"/admin/pages/workflow/action/{service.pk}/reject/{open_task_state(service).pk}/",
        {"comment": "Doplňte prosím i sobotní provoz."},
    )

    assert "9.30" not in client.get(service.url).content.decode()
    assert ServicePage.objects.get(pk=service.pk).last_verified == date(2026, 3, 2)
    assert mail.outbox[0].to == ["editor-a@example.org"]
    assert "Doplňte prosím i sobotní provoz." in mail.outbox[0].body
    dashboard = as_editor_a.get("/admin/").content.decode()
    assert "Vráceno k úpravám" in dashboard
    assert "Doplňte prosím i sobotní provoz." in dashboard


def test_editor_saves_a_draft_of_the_organisation_page(world, as_editor_a, client):
    provider = world["provider_a"]
    data = edit_form_data(as_editor_a, provider, contact_person="Jana Nováková, vedoucí")

    response = as_editor_a.post(f"/admin/pages/{provider.pk}/edit/", data)

    assert response.status_code == 302
    provider = Page.objects.get(pk=provider.pk).specific
    assert provider.has_unpublished_changes
    assert provider.get_latest_revision_as_object().contact_person == "Jana Nováková, vedoucí"
    assert "Jana Nováková" not in client.get(provider.url).content.decode()


def test_editor_deletes_own_unpublished_service(world, as_editor_a):
    draft = ServicePage(
        title="Omylem založená služba",
        slug="omylem",
        summary="Omyl.",
        service_type=world["service_a"].service_type,
        description="<p>Omyl.</p>",
        owner=world["editor_a"],
        live=False,
    )
    world["provider_a"].add_child(instance=draft)

    response = as_editor_a.post(f"/admin/pages/{draft.pk}/delete/")

    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_the_other_provider_editor_keeps_their_own_rights(world):
    as_editor_b = client_for(world["editor_b"])

    response = as_editor_b.get(f"/admin/pages/{world['service_b'].pk}/edit/")

    assert response.status_code == 200
    assert as_editor_b.get(f"/admin/pages/{world['service_a'].pk}/edit/").status_code in (302, 403)
