"""The error view for exceptions raised outside views (in middleware) while the DB is down."""

import sys

from django.views.defaults import server_error as default_server_error

from portal.resilience.middleware import is_database_error, unavailable_response


def server_error(request, template_name="500.html"):
    error = sys.exc_info()[1]
    if is_database_error(error):
        return unavailable_response()
    return default_server_error(request, template_name=template_name)
