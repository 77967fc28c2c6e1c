"""The mail server is unreachable: registrations and comments are saved, e-mail is retried."""

import logging
import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from campaigns.models import Registration
from plans.models import PlanComment
from tests.campaigns.factories import EventPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smtp_down():
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_USE_TLS=False,
        EMAIL_TIMEOUT=2,
    )


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def tasks_of(path):
    return DBTaskResult.objects.filter(task_path=path).order_by("enqueued_at")


def make_due(path):
    """Pretend the retry delay has passed."""
    tasks_of(path).filter(status="READY").update(run_after=timezone.now())


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index, title="Seminář pro pěstouny", registration_enabled=True, capacity=5
    )


@override_settings(TASKS=DATABASE_QUEUE, MAIL_RETRY_DELAYS=[60, 300])
def test_registration_is_saved_and_its_email_retried_until_delivered(client, event, caplog):
    path = "campaigns.emails.send_registration_email"
    with smtp_down():
        response = client.post(
            event.url + "registrace/",
            {"name": "Jana Nováková", "email": "jana@example.org", "consent": "on"},
        )
        assert response.status_code == 302  # the visitor is told they are registered
        assert Registration.objects.filter(email="jana@example.org").exists()
        assert [task.status for task in tasks_of(path)] == ["READY"]

        with caplog.at_level(logging.WARNING, logger="portal.resilience.tasks"):
            run_worker()
        first, retry = tasks_of(path)
        assert first.status == "FAILED"
        assert "ConnectionRefusedError" in first.traceback
        assert retry.status == "READY" and retry.args_kwargs["kwargs"] == {"attempt": 2}
        assert retry.run_after > timezone.now()
        assert "attempt 2 enqueued in 60 s" in caplog.text
        run_worker()  # not due yet: nothing happens
        assert tasks_of(path).count() == 2

    make_due(path)
    run_worker()  # the mail server is back (the test's in-memory outbox)

    statuses = [task.status for task in tasks_of(path)]
    print(f"\nSMTP down, then back: registration saved, tasks {statuses}, mails {len(mail.outbox)}")
    assert statuses == ["FAILED", "SUCCESSFUL"]
    assert mail.outbox[0].to == ["jana@example.org"]
    assert "Seminář pro pěstouny" in mail.outbox[0].subject


@override_settings(TASKS=DATABASE_QUEUE, MAIL_RETRY_DELAYS=[60])
def test_comment_is_saved_and_retries_stop_after_the_last_delay(client, make_plan, caplog):
    path = "plans.notifications.send_comment_email"
    plan = make_plan()
    with smtp_down():
        response = client.post(
            plan.url + "pripominky/",
            {
                "target": "plan",
                "name": "Petr Novák",
                "email": "petr@example.org",
                "comment": "Chybí služby pro lidi s autismem.",
                "consent": "on",
            },
            follow=True,
        )
        assert "Děkujeme, připomínku jsme přijali" in response.text
        assert PlanComment.objects.get().email == "petr@example.org"

        run_worker()
        make_due(path)
        with caplog.at_level(logging.ERROR, logger="portal.resilience.tasks"):
            run_worker()

    assert "failed 2 times, giving up" in caplog.text
    assert not tasks_of(path).filter(status="READY").exists()
    assert tasks_of(path).filter(status="FAILED").count() >= 2
    assert mail.outbox == []


def test_immediate_queue_sends_at_once_and_only_logs_an_outage(client, event, caplog):
    with smtp_down(), caplog.at_level(logging.WARNING, logger="portal.resilience.tasks"):
        response = client.post(
            event.url + "registrace/",
            {"name": "Eva Malá", "email": "eva@example.org", "consent": "on"},
        )
    assert response.status_code == 302
    assert Registration.objects.filter(email="eva@example.org").exists()
    assert "cannot retry it later" in caplog.text

    client.post(
        event.url + "registrace/", {"name": "Ivo Malý", "email": "ivo@example.org", "consent": "on"}
    )
    assert mail.outbox[0].to == ["ivo@example.org"]
