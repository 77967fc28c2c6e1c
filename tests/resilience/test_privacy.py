"""Retention of personal data, the GDPR page linked from every form, and the audit log."""

import datetime

import pytest
from axes.models import AccessFailureLog, AccessLog
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry

from campaigns.models import Registration
from plans.models import PlanComment
from portal.demo import standard_pages
from portal.models import SearchQueryLog
from portal.resilience.audit import ONBOARD_EDITOR, PERSONAL_DATA_EXPORT
from tests.campaigns.factories import EventPageFactory, RegistrationFactory
from tests.editors.test_review_workflow import open_task_state, submit_new_hours

pytestmark = pytest.mark.django_db

DAYS = datetime.timedelta(days=1)


@pytest.fixture
def retention_settings(settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    settings.PLAN_COMMENT_RETENTION_DAYS = 200
    settings.SEARCH_LOG_RETENTION_DAYS = 100
    settings.TASK_RESULT_RETENTION_DAYS = 7
    return settings


def comment_on(plan, name, email):
    return PlanComment.objects.create(
        plan=plan,
        target_label="Plán jako celek",
        name=name,
        email=email,
        comment=f"Připomínka od {name}: chybí odlehčovací služby.",
        resolution=PlanComment.Resolution.ACCEPTED,
        resolution_reasoning="Doplněno do opatření 2.1.",
    )


def test_apply_retention_deletes_and_anonymises_only_what_expired(
    client, retention_settings, event_index, make_plan, capsys
):
    now = timezone.now()
    old_event = EventPageFactory(
        parent=event_index, start=now - 40 * DAYS, end=now - 40 * DAYS + datetime.timedelta(hours=2)
    )
    new_event = EventPageFactory(parent=event_index, start=now - 5 * DAYS, end=now - 4 * DAYS)
    RegistrationFactory.create_batch(2, event=old_event)
    kept_registration = RegistrationFactory(event=new_event)
    today = timezone.localdate()
    old_plan = make_plan(
        slug="stary-plan",
        consultation_start=today - 300 * DAYS,
        consultation_end=today - 250 * DAYS,
        publish_resolution=True,
    )
    new_plan = make_plan(slug="novy-plan")
    old_comment = comment_on(old_plan, "Jana Stará", "jana@example.org")
    new_comment = comment_on(new_plan, "Petr Nový", "petr@example.org")
    SearchQueryLog.objects.create(query="azyl", day=today - 150 * DAYS, results=3)
    SearchQueryLog.objects.create(query="senior", day=today - 10 * DAYS, results=5)
    for finished in (now - 10 * DAYS, now - DAYS):
        DBTaskResult.objects.create(
            status="SUCCESSFUL",
            args_kwargs={"args": ["x@example.org"], "kwargs": {}},
            task_path="plans.notifications.send_comment_email",
            backend_name="default",
            run_after=finished,
            finished_at=finished,
            exception_class_path="",
            traceback="",
        )

    call_command("apply_retention")

    output = capsys.readouterr().out
    print(output)
    assert "smazané registrace na akce: 2" in output
    assert "anonymizované připomínky: 1" in output
    assert "smazané záznamy hledání: 1" in output
    assert "smazané dokončené úlohy: 1" in output
    assert list(Registration.objects.all()) == [kept_registration]
    old_comment.refresh_from_db()
    assert (old_comment.name, old_comment.email) == ("Anonymizováno", "")
    assert old_comment.comment.startswith("Připomínka od Jana Stará")  # the text stays
    assert old_comment.resolution == PlanComment.Resolution.ACCEPTED
    new_comment.refresh_from_db()
    assert new_comment.email == "petr@example.org"
    assert list(SearchQueryLog.objects.values_list("query", flat=True)) == ["senior"]
    assert DBTaskResult.objects.count() == 1

    resolution = client.get(old_plan.url + "vyporadani/").content.decode()
    assert "chybí odlehčovací služby" in resolution and "Doplněno do opatření 2.1." in resolution
    assert "Anonymizováno" in resolution and "jana@example.org" not in resolution

    call_command("apply_retention")  # running again changes nothing
    assert "anonymizované připomínky: 0" in capsys.readouterr().out


def test_old_admin_sign_in_records_are_deleted(settings, capsys):
    settings.LOGIN_RECORD_RETENTION_DAYS = 30
    for model in (AccessLog, AccessFailureLog):
        for username in ("stary", "novy"):
            model.objects.create(username=username, ip_address="198.51.100.7", user_agent="x")
        model.objects.filter(username="stary").update(attempt_time=timezone.now() - 40 * DAYS)

    call_command("apply_retention")

    assert "smazané záznamy přihlášení: 2" in capsys.readouterr().out
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["novy"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["novy"]


def test_gdpr_page_quotes_the_retention_settings_and_every_form_links_it(
    client, home_page, retention_settings, event_index, make_plan
):
    standard_pages.load(home_page, None)
    event = EventPageFactory(parent=event_index, registration_enabled=True)
    plan = make_plan()

    page = client.get("/zpracovani-osobnich-udaju/").content.decode()
    assert "<h1" in page and "Zpracování osobních údajů" in page
    for expected in (
        "Správce osobních údajů",
        "Právní základ",
        "30 dní po skončení akce",
        "200 dní po skončení připomínkování",
        "100 dní",
        "7 dní po odeslání",
        "Vaše práva",
        "Úřadu pro ochranu osobních údajů",
    ):
        assert expected in page, expected

    link = 'href="/zpracovani-osobnich-udaju/"'
    for url in ("/", event.url + "registrace/", plan.url + "pripominky/"):
        response = client.get(url)
        assert response.status_code == 200
        assert link in response.content.decode(), url


def test_audit_log_records_onboarding_approval_and_publish(world, as_editor_a, as_coordinator):
    coordinator = world["coordinator"]
    as_coordinator.post(
        "/admin/editori-poskytovatelu/pridat/",
        {"provider": world["provider_b"].pk, "email": "nova@example.org", "name": "Nová"},
    )
    service = world["service_a"]
    submit_new_hours(as_editor_a, service)
    as_coordinator.post(
        f"/admin/pages/workflow/action/{service.pk}/approve/{open_task_state(service).pk}/",
        {"comment": ""},
    )

    onboarding = PageLogEntry.objects.get(action=ONBOARD_EDITOR)
    assert onboarding.page_id == world["provider_b"].pk and onboarding.user == coordinator
    assert onboarding.data["username"] == "nova@example.org"
    actions = set(
        PageLogEntry.objects.filter(page=service, user=coordinator).values_list("action", flat=True)
    )
    assert {"wagtail.workflow.approve", "wagtail.publish"} <= actions
    history = as_coordinator.get(f"/admin/pages/{world['provider_b'].pk}/history/")
    assert "Přidán editor poskytovatele: nova@example.org" in history.content.decode()

    # Onboarding the same person again changes nothing and logs nothing.
    as_coordinator.post(
        "/admin/editori-poskytovatelu/pridat/",
        {"provider": world["provider_b"].pk, "email": "nova@example.org", "name": "Nová"},
    )
    assert PageLogEntry.objects.filter(action=ONBOARD_EDITOR).count() == 1


def test_export_of_registrations_is_in_the_audit_log(admin_client, admin_user, event_index):
    event = EventPageFactory(parent=event_index, registration_enabled=True)
    other = EventPageFactory(parent=event_index, registration_enabled=True)
    RegistrationFactory.create_batch(3, event=event)
    RegistrationFactory(event=other)

    response = admin_client.get("/admin/registrace/", {"export": "csv", "event": event.pk})

    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode().count("@example.org") == 3
    entry = PageLogEntry.objects.get(action=PERSONAL_DATA_EXPORT)
    assert (entry.page_id, entry.user, entry.data["count"]) == (event.pk, admin_user, 3)
    assert entry.data["format"] == "csv"
    assert not PageLogEntry.objects.filter(action=PERSONAL_DATA_EXPORT, page=other).exists()
    history = admin_client.get(f"/admin/pages/{event.pk}/history/").content.decode()
    assert "Export osobních údajů (registrace na akci): 3 záznamů, formát csv" in history
