"""A Czech 503 page instead of a traceback while the database cannot be reached.

Django opens a new connection for every request (or re-checks a persistent one), so once the
database is back the next request simply works again: nothing has to be restarted.
"""

import logging

from django.db import InterfaceError, OperationalError, close_old_connections
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60
TEMPLATE = "resilience/unavailable.html"


def unavailable_response():
    """The static page: rendered without a request, so no context processor touches the DB."""
    response = HttpResponse(render_to_string(TEMPLATE), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def is_database_error(error):
    return isinstance(error, DATABASE_ERRORS)


class DatabaseUnavailableMiddleware:
    """Turn a lost database connection raised by a view (or its template) into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_ERRORS as error:  # raised by a middleware further in, e.g. in tests
            return self._unavailable(request, error)

    def process_exception(self, request, exception):
        if is_database_error(exception):
            return self._unavailable(request, exception)
        return None

    def _unavailable(self, request, error):
        logger.error("Database unavailable while serving %s: %s", request.path, error)
        # Drop the broken connection so the next request opens a fresh one.
        close_old_connections()
        return unavailable_response()
