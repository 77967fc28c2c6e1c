"""E-mail sent by background tasks that try again later when the mail server is unreachable.

The registration or comment is saved first; only then is the e-mail task enqueued. With the
database queue (``TASKS_BACKEND=database``, production) a failed attempt is recorded as a
failed task and the same task is enqueued again after a growing delay (``MAIL_RETRY_DELAYS``);
``manage.py db_worker`` runs them. The immediate queue (development, tests) cannot defer a
task, so there a failure is only logged.
"""

import functools
import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Connection refused, timeouts, TLS failures and SMTP errors (smtplib.SMTPException) alike.
MAIL_ERRORS = (OSError,)
DEFAULT_RETRY_DELAYS = [60, 300, 1800, 7200, 21600, 86400]  # seconds: 1 min … 1 day


def retry_delays():
    return getattr(settings, "MAIL_RETRY_DELAYS", DEFAULT_RETRY_DELAYS)


def mail_task(func):
    """Decorate a function that sends e-mail into a task retried with backoff on mail errors.

    The task takes the function's positional arguments (JSON values) and ``attempt``.
    """

    @functools.wraps(func)
    def run(*args, attempt=1):
        try:
            return func(*args)
        except MAIL_ERRORS as error:
            _retry_later(mail_task_, args, attempt, error)
            raise  # the attempt itself is recorded as failed

    mail_task_ = task()(run)
    return mail_task_


def _retry_later(mail_task_, args, attempt, error):
    delays = retry_delays()
    name = mail_task_.name
    if attempt > len(delays):
        logger.error("E-mail task %s%r failed %s times, giving up: %s", name, args, attempt, error)
        return
    if not mail_task_.get_backend().supports_defer:
        logger.warning(
            "E-mail task %s%r failed (%s); this task queue cannot retry it later", name, args, error
        )
        return
    delay = delays[attempt - 1]
    retry = mail_task_.using(run_after=timezone.now() + timedelta(seconds=delay))
    result = retry.enqueue(*args, attempt=attempt + 1)
    logger.warning(
        "E-mail task %s%r failed (%s); attempt %s enqueued in %s s as %s",
        name,
        args,
        error,
        attempt + 1,
        delay,
        result.id,
    )
