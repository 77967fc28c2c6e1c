"""JSON responses of the open-data API: CORS, caching, conditional GET and Czech errors."""

import functools
import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Max
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from wagtail.models import Page

from catalogue.hsds.params import BadParameter

MAX_AGE = 300


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


def catalogue_version():
    """(newest publication, number of live catalogue pages): changes whenever the data does."""
    from catalogue.models import ProviderPage, ServicePage

    types = ContentType.objects.get_for_models(ProviderPage, ServicePage).values()
    return Page.objects.filter(live=True, content_type__in=list(types)).aggregate(
        newest=Max("last_published_at"), count=Count("pk")
    )


def hsds_endpoint(view):
    """GET only; bad parameters become JSON errors; ETag/Last-Modified give 304 when unchanged."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return open_headers(HttpResponseNotAllowed(["GET", "HEAD"]))
        version = catalogue_version()
        key = f"{request.path}?{request.GET.urlencode()}|{version['newest']}|{version['count']}"
        etag = quote_etag(hashlib.sha256(key.encode()).hexdigest()[:32])
        last_modified = version["newest"].timestamp() if version["newest"] else None
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=int(last_modified) if last_modified else None
        )
        if not_modified is not None:
            return open_headers(not_modified)
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as problem:
            return error(problem.message, problem.status)
        if response.status_code == 200:
            response["ETag"] = etag
            if last_modified:
                response["Last-Modified"] = http_date(last_modified)
        return open_headers(response)

    return wrapper
