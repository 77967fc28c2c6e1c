"""Deleting or anonymising personal data once it is no longer needed (GDPR storage limitation).

The periods come from the settings (environment variables, see README); ``manage.py
apply_retention`` applies all of them and is meant to run daily from cron. The same values are
quoted on the page "Zpracování osobních údajů".
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

ANONYMISED_NAME = "Anonymizováno"


@dataclass(frozen=True)
class RetentionPeriods:
    registrations: int  # days after the event
    comments: int  # days after the consultation ended (or the comment was sent)
    search_logs: int  # days
    task_results: int  # days after a background task (e.g. an e-mail) finished
    login_records: int  # days admin sign-ins and failed attempts are kept (django-axes)

    @classmethod
    def from_settings(cls):
        return cls(
            registrations=settings.EVENT_REGISTRATION_RETENTION_DAYS,
            comments=settings.PLAN_COMMENT_RETENTION_DAYS,
            search_logs=settings.SEARCH_LOG_RETENTION_DAYS,
            task_results=settings.TASK_RESULT_RETENTION_DAYS,
            login_records=settings.LOGIN_RECORD_RETENTION_DAYS,
        )


def anonymise_old_comments(days, now=None):
    """Blank the author of comments whose consultation ended ``days`` ago; keep the text and
    the resolution (the public vypořádání must stay complete). Return how many."""
    from plans.models import PlanComment

    now = now or timezone.now()
    cutoff = now - timedelta(days=days)
    expired = PlanComment.objects.filter(
        Q(plan__consultation_end__lt=cutoff.date())
        | Q(plan__consultation_end__isnull=True, submitted_at__lt=cutoff)
    ).exclude(email="")
    return expired.update(name=ANONYMISED_NAME, email="")


def delete_old_search_logs(days, now=None):
    from portal.models import SearchQueryLog

    cutoff = timezone.localdate(now or timezone.now()) - timedelta(days=days)
    count, _ = SearchQueryLog.objects.filter(day__lt=cutoff).delete()
    return count


def delete_old_task_results(days, now=None):
    """Finished background tasks keep their arguments (e-mail addresses): drop them."""
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - timedelta(days=days)
    count, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return count


def delete_old_login_records(days, now=None):
    """Admin sign-ins and failed attempts hold usernames and IP addresses: drop old ones.

    Lockout counters (AccessAttempt) are left to django-axes, which expires them itself.
    """
    from axes.models import AccessFailureLog, AccessLog

    cutoff = (now or timezone.now()) - timedelta(days=days)
    return sum(
        model.objects.filter(attempt_time__lt=cutoff).delete()[0]
        for model in (AccessLog, AccessFailureLog)
    )


def apply_retention(periods=None, now=None):
    """Apply every period; return {what: how many rows were deleted or anonymised}."""
    from campaigns.models.registration import delete_expired_registrations

    periods = periods or RetentionPeriods.from_settings()
    return {
        "smazané registrace na akce": delete_expired_registrations(periods.registrations, now),
        "anonymizované připomínky": anonymise_old_comments(periods.comments, now),
        "smazané záznamy hledání": delete_old_search_logs(periods.search_logs, now),
        "smazané dokončené úlohy": delete_old_task_results(periods.task_results, now),
        "smazané záznamy přihlášení": delete_old_login_records(periods.login_records, now),
    }
