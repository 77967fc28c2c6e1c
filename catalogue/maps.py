"""The catalogue on a map: the GeoJSON of a search's places (``/katalog/mapa.geojson``) and the
places of a service or a provider for the maps on their pages.

A place is on a map when it has coordinates and its address is not secret
(``ServicePlace.address_secret``); the database query itself leaves secret places out, so
neither their coordinates nor their address ever leave the server.

``/katalog/mapa.geojson`` takes the catalogue's own parameters and shows the services the list
shows on all its pages: the same text (corrected for typos or matched in part, as the list
does) and the same filters (``CatalogueQuery``). A parameter the list ignores with a message is
ignored here too; the messages travel in the collection's ``messages`` member. The features of
every public place (with its service, provider and phone) are read in two queries and encoded
once per content generation in each process; a search joins the texts of the services it finds.
"""

import hashlib
import json

from django.core.cache import cache
from django.db.models import FloatField
from django.db.models.functions import Cast
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from catalogue.hsds.responses import catalogue_version, project_version
from catalogue.models import ServiceContact, ServicePlace
from catalogue.search.query import CatalogueQuery
from portal.geojson import feature_collection, point
from portal.search.cached import cached

CONTENT_TYPE = "application/geo+json"
MAX_AGE = 300
PLACE_COLUMNS = (
    "service_id",
    "name",
    "street",
    "postcode",
    "city",
    "lat",
    "lon",
    "service__title",
    "service__url_path",
    "service__provider__title",
)


def public_places():
    """Places that may be shown on a map: not secret, with both coordinates."""
    return ServicePlace.objects.filter(
        address_secret=False, latitude__isnull=False, longitude__isnull=False
    )


def one_line_address(street, postcode, city):
    return ", ".join(part for part in [street, f"{postcode} {city}".strip()] if part)


def service_phones():
    """The first phone number of each service, by service id."""
    rows = ServiceContact.objects.filter(kind=ServiceContact.Kind.PHONE).order_by(
        "service_id", "-sort_order"
    )
    return dict(rows.values_list("service_id", "value"))


def place_features(catalogue_url, prefix):
    """{service id: [the GeoJSON text of each of its public places' Feature]}, read in two
    queries. Services are below the catalogue page: their URLs are ``catalogue_url`` followed
    by their path after the catalogue's own (``prefix`` characters)."""
    # Coordinates read as floats (no Decimal per row): this loop runs for every public place.
    places = (
        public_places()
        .annotate(lat=Cast("latitude", FloatField()), lon=Cast("longitude", FloatField()))
        .order_by("service_id", "sort_order", "pk")
        .values_list(*PLACE_COLUMNS)
    )
    phones = service_phones()
    features = {}
    for service_id, name, street, postcode, city, latitude, longitude, *service in places:
        title, url_path, provider = service
        properties = {
            "name": title,
            "url": catalogue_url + url_path[prefix:],
            "provider": provider or "",
            "address": one_line_address(street, postcode, city),
        }
        if name != title:
            properties["place"] = name
        if service_id in phones:
            properties["phone"] = phones[service_id]
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
            "properties": properties,
        }
        features.setdefault(service_id, []).append(as_json(feature))
    return features


def as_json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def catalogue_collection(catalogue, catalogue_url, query):
    """The FeatureCollection (as JSON text) of the places of the services ``query`` finds.

    The features of every public place are encoded once per content generation in each process
    (``portal.search.cached``: any publication renews them, and they are at most a minute old),
    so a map of thousands of services joins ready texts instead of reading and encoding its
    places again."""
    service_ids = query.every_id()
    features = cached(
        f"catalogue-map-features:{catalogue_url}",
        lambda: place_features(catalogue_url, len(catalogue.url_path)),
    )
    found = [features[service_id] for service_id in service_ids if service_id in features]
    members = as_json(
        {"services": len(service_ids), "mapped_services": len(found), "messages": query.messages}
    )
    texts = ",".join(text for service in found for text in service)
    return f'{{"type":"FeatureCollection","features":[{texts}],{members[1:]}'


def catalogue_geojson(request, catalogue):
    """``GET /katalog/mapa.geojson?<the catalogue's parameters>``; cacheable like the open-data
    API (ETag, Last-Modified, five minutes) and open to other sites (CORS).

    The body is kept in the cache under its ETag for five minutes: the ETag changes with every
    publication, so a cached body is never older than the catalogue."""
    version = catalogue_version()
    key = "|".join(
        [
            request.get_full_path(),
            str(version["newest"]),
            str(version["count"]),
            project_version(),
        ]
    )
    etag = f'W/"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'
    newest = version["newest"]
    last_modified = int(newest.timestamp()) if newest else None
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        body = cache.get(f"geojson:{etag}")
        if body is None:
            query = CatalogueQuery.from_params(request.GET)
            body = catalogue_collection(catalogue, catalogue.get_full_url(request), query)
            cache.set(f"geojson:{etag}", body, MAX_AGE)
        response = HttpResponse(body, content_type=f"{CONTENT_TYPE}; charset=utf-8")
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["Access-Control-Allow-Origin"] = "*"
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def service_collection(service):
    """The public places of one service (its page's map)."""
    return feature_collection(
        point(place.latitude, place.longitude, name=place.name, address=place.address)
        for place in service.places.all()
        if place.has_map
    )


def provider_collection(services, request):
    """The public places of a provider's services (from ``for_listing()``), each linking to
    its service."""
    return feature_collection(
        point(
            place.latitude,
            place.longitude,
            name=service.title,
            url=service.get_url(request),
            place=place.name,
            address=place.address,
        )
        for service in services
        for place in service.listed_places
        if place.has_map
    )
