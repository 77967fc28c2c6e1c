"""Every service is verified at least yearly: one-click confirmation, dashboard and reminders."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from catalogue.editors.freshness import send_review_reminders, stale_services
from catalogue.models import ServicePage

TODAY = date(2026, 11, 23)


@pytest.fixture
def stale_a(world):
    service = world["service_a"]
    ServicePage.objects.filter(pk=service.pk).update(last_verified=TODAY - timedelta(days=400))
    return ServicePage.objects.get(pk=service.pk)


def test_services_unverified_for_twelve_months_are_stale(world, stale_a):
    ServicePage.objects.filter(pk=world["service_b"].pk).update(last_verified=None)

    stale = set(stale_services(TODAY))

    assert stale == {stale_a, ServicePage.objects.get(pk=world["service_b"].pk)}


def test_editor_confirms_the_data_are_current_with_one_click(world, stale_a, as_editor_a):
    response = as_editor_a.post(f"/admin/editori-poskytovatelu/overeni/{stale_a.pk}/", follow=True)

    today = timezone.localdate()
    service = ServicePage.objects.get(pk=stale_a.pk)
    assert service.last_verified == today
    assert service.get_latest_revision().content["last_verified"] == today.isoformat()
    assert "jsou ověřeny" in response.content.decode()
    assert PageLogEntry.objects.filter(page=service, action="catalogue_editors.verify").exists()


def test_confirmation_page_asks_before_recording(world, stale_a, as_editor_a):
    response = as_editor_a.get(f"/admin/editori-poskytovatelu/overeni/{stale_a.pk}/")

    assert response.status_code == 200
    assert "Údaje jsou aktuální" in response.content.decode()
    assert ServicePage.objects.get(pk=stale_a.pk).last_verified == stale_a.last_verified


def test_confirmation_of_a_page_that_is_not_a_live_service_is_not_found(world, as_editor_a):
    for page in [world["provider_a"], world["draft_b"]]:
        response = as_editor_a.post(f"/admin/editori-poskytovatelu/overeni/{page.pk}/")
        assert response.status_code == 404


def test_service_edit_header_offers_the_confirmation(world, as_editor_a):
    html = as_editor_a.get(f"/admin/pages/{world['provider_a'].pk}/").content.decode()
    service_html = as_editor_a.get(f"/admin/pages/{world['service_a'].pk}/edit/").content.decode()

    assert "Přidat editora" not in html
    assert f"/admin/editori-poskytovatelu/overeni/{world['service_a'].pk}/" in service_html


def test_coordinator_dashboard_lists_stale_services_and_pending_providers(
    world, stale_a, as_coordinator
):
    world["service_b"].get_workflow().start(world["service_b"], world["editor_b"])

    html = as_coordinator.get("/admin/").content.decode()

    assert "Kontrola katalogu" in html
    assert "Poradna A" in html
    assert "Poskytovatelé se změnami ke schválení" in html
    assert f"/admin/pages/{world['provider_b'].pk}/" in html


def test_editors_do_not_get_the_coordinator_panel(world, as_editor_a):
    assert "Kontrola katalogu" not in as_editor_a.get("/admin/").content.decode()


def test_reminders_go_to_each_provider_editors_once_a_day(world, stale_a):
    first = send_review_reminders(TODAY)
    second = send_review_reminders(TODAY)

    assert (first, second) == (1, 0)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editor-a@example.org"]
    assert "Poradna A" in mail.outbox[0].body
    assert f"/admin/pages/{stale_a.pk}/edit/" in mail.outbox[0].body


def test_reminders_are_sent_again_the_next_day(world, stale_a):
    send_review_reminders(TODAY)

    assert send_review_reminders(TODAY + timedelta(days=1)) == 1


def test_no_reminder_for_fresh_services(world):
    ServicePage.objects.update(last_verified=TODAY)

    assert send_review_reminders(TODAY) == 0
    assert mail.outbox == []


def test_reminder_command_reports_what_it_sent(world, stale_a, capsys):
    call_command("send_review_reminders")

    assert "Odesláno připomínek: 1" in capsys.readouterr().out
