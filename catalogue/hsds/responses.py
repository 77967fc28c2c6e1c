"""JSON responses of the open-data API: CORS, caching, conditional GET and Czech errors.

The API is read-only: GET and HEAD answer, OPTIONS lists them, any other method gets 405 with
``Allow`` and a Czech JSON message (never Django's HTML page about a missing CSRF token).
"""

import functools
import hashlib
import json
from importlib.metadata import version

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Max
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from catalogue.hsds.params import BadParameter

MAX_AGE = 300
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOW = ", ".join(ALLOWED_METHODS)


def open_headers(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


def json_response(data, status=200):
    body = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    return open_headers(
        HttpResponse(body, status=status, content_type="application/json; charset=utf-8")
    )


def error(message, status):
    return json_response({"error": message}, status=status)


def method_not_allowed(method):
    response = error(
        f"Metoda {method[:20]} není povolená: rozhraní otevřených dat je jen pro čtení ({ALLOW}).",
        405,
    )
    response["Allow"] = ALLOW
    return response


def options():
    """The answer to OPTIONS (also a CORS preflight): which methods and headers may be used."""
    response = open_headers(HttpResponse(status=200, content_type="text/plain; charset=utf-8"))
    response["Allow"] = ALLOW
    response["Access-Control-Allow-Methods"] = ALLOW
    response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response["Content-Length"] = "0"
    return response


@functools.cache
def project_version():
    """The portal's version (pyproject.toml, as installed)."""
    return version("komunitni-planovani")


def catalogue_version():
    """(newest publication, number of live catalogue pages): changes whenever the data does."""
    from catalogue.models import ProviderPage, ServicePage

    types = ContentType.objects.get_for_models(ProviderPage, ServicePage).values()
    return Page.objects.filter(live=True, content_type__in=list(types)).aggregate(
        newest=Max("last_published_at"), count=Count("pk")
    )


def validators(response, etag, last_modified):
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    return response


def read_only(view):
    """GET and HEAD reach ``view``; OPTIONS and every other method are answered here."""

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return options()
        if request.method not in ("GET", "HEAD"):
            return method_not_allowed(request.method)
        return view(request, *args, **kwargs)

    return wrapper


def hsds_endpoint(view):
    """Read-only; bad parameters become JSON errors; ETag/Last-Modified give 304 when unchanged.

    The ETag names the request (path and query), the state of the catalogue and the portal's
    version and address. It is weak (the same for the plain and the gzip-compressed body), so
    GZipMiddleware leaves it alone and a 304 carries the very ETag the 200 had.
    """

    @read_only
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        catalogue = catalogue_version()
        key = "|".join(
            [
                f"{request.path}?{request.GET.urlencode()}",
                str(catalogue["newest"]),
                str(catalogue["count"]),
                project_version(),
                settings.BASE_URL,
            ]
        )
        etag = f'W/"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'
        newest = catalogue["newest"]
        last_modified = int(newest.timestamp()) if newest else None
        conditional = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if conditional is not None:
            return open_headers(validators(conditional, etag, last_modified))
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as problem:
            return error(problem.message, problem.status)
        if response.status_code == 200:
            validators(response, etag, last_modified)
        return open_headers(response)

    return wrapper
