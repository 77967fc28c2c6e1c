"""The HSDS 3.0 open-data API: thin views over queries.py and serializers.py."""

import json
import math

from django.db.models import Q, QuerySet
from django.http import StreamingHttpResponse
from django.shortcuts import render

from catalogue.hsds import ids, params, proximity
from catalogue.hsds.params import BadParameter
from catalogue.hsds.queries import (
    PageUrls,
    filtered_services,
    in_chunks,
    public_providers,
    public_services,
)
from catalogue.hsds.responses import error, hsds_endpoint, json_response, open_headers
from catalogue.hsds.serializers import Serializer, providers_for_hsds, services_for_hsds
from catalogue.hsds.taxonomy import KINDS, KINDS_BY_ID, Vocabulary
from catalogue.models import ServicePlace

NDJSON_CHUNK = 200


def serializer_for(request):
    urls = PageUrls(request)
    return Serializer(Vocabulary(urls.base_url), urls)


def paginated(request, items, serialize):
    """The HSDS page envelope; ``items`` is a queryset or a list."""
    page, per_page = params.page_params(request.GET)
    total = items.count() if isinstance(items, QuerySet) else len(items)
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise BadParameter(f"Stránka {page} neexistuje; výsledky mají {pages} stránek.", 404)
    chunk = list(items[(page - 1) * per_page : page * per_page])
    return json_response(
        {
            "total_items": total,
            "total_pages": pages,
            "page_number": page,
            "size": len(chunk),
            "first_page": page == 1,
            "last_page": page == pages,
            "empty": not chunk,
            "contents": [serialize(item) for item in chunk],
        }
    )


@hsds_endpoint
def api_root(request):
    return json_response(
        {
            "version": "3.0",
            "profile": "https://docs.openreferral.org/en/v3.0/",
            "openapi_url": request.build_absolute_uri("/api/hsds/openapi.json"),
        }
    )


@hsds_endpoint
def service_list(request):
    serializer = serializer_for(request)
    minimal = params.flag(request.GET, "minimal")
    full = params.flag(request.GET, "full") and not minimal
    services = filtered_services(request.GET, serializer.vocabulary)
    circle = proximity.parse(request.GET)
    ndjson = params.output_format(request.GET) == "ndjson"
    if ndjson or full:
        services = services_for_hsds(services)
    else:
        services = services.select_related("provider").prefetch_related("contacts", "target_groups")
    if circle:
        services = proximity.services_by_distance(services, circle)
    if ndjson:
        return stream_services(services, serializer)
    return paginated(request, services, serializer.service if full else serializer.service_summary)


def stream_services(services, serializer):
    """The whole (filtered) catalogue, one fully nested service per line, in constant memory."""
    if isinstance(services, QuerySet):
        services = in_chunks(services, NDJSON_CHUNK)
    else:
        services = services.chunks(NDJSON_CHUNK)

    def lines():
        for service in services:
            yield json.dumps(serializer.service(service), ensure_ascii=False) + "\n"

    response = StreamingHttpResponse(lines(), content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="services.ndjson"'
    return response


@hsds_endpoint
def service_detail(request, service_id):
    wanted = params.path_uuid(service_id, "služby")
    serializer = serializer_for(request)
    service = services_for_hsds(public_services()).filter(translation_key=wanted).first()
    if service is None:
        return error(f"Služba {wanted} neexistuje nebo není zveřejněná.", 404)
    return json_response(serializer.service(service))


@hsds_endpoint
def organization_list(request):
    serializer = serializer_for(request)
    providers = public_providers()
    text = request.GET.get("search", "").strip()
    if text:
        providers = providers.filter(title__icontains=text)
    return paginated(
        request, providers_for_hsds(providers).order_by("title", "pk"), serializer.organization
    )


@hsds_endpoint
def organization_detail(request, organization_id):
    wanted = params.path_uuid(organization_id, "organizace")
    serializer = serializer_for(request)
    provider = providers_for_hsds(public_providers()).filter(translation_key=wanted).first()
    if provider is None:
        return error(f"Organizace {wanted} neexistuje nebo není zveřejněná.", 404)
    full = params.flag(request.GET, "full_service")
    services = public_services().filter(provider=provider).order_by("title", "pk")
    data = serializer.organization(provider)
    if full:
        data["services"] = [
            serializer.service(service, nested_organization=False)
            for service in services_for_hsds(services)
        ]
    else:
        data["services"] = [
            serializer.service_summary(service)
            for service in services.select_related("provider").prefetch_related(
                "contacts", "target_groups"
            )
        ]
    return json_response(data)


@hsds_endpoint
def taxonomy_list(request):
    base_url = PageUrls(request).base_url
    return paginated(request, KINDS, lambda kind: kind.as_hsds(base_url))


@hsds_endpoint
def taxonomy_detail(request, taxonomy_id):
    wanted = params.path_uuid(taxonomy_id, "taxonomie")
    if wanted not in KINDS_BY_ID:
        return error(f"Taxonomie {wanted} neexistuje.", 404)
    return json_response(KINDS_BY_ID[wanted].as_hsds(PageUrls(request).base_url))


@hsds_endpoint
def taxonomy_term_list(request):
    vocabulary = Vocabulary(PageUrls(request).base_url)
    pairs = [(kind, term) for kind, term in vocabulary.by_id.values()]
    for taxonomy_id in params.uuid_list(request.GET, "taxonomy_id"):
        if taxonomy_id not in KINDS_BY_ID:
            raise BadParameter(f"Taxonomie {taxonomy_id} neexistuje.")
        pairs = [(kind, term) for kind, term in pairs if kind.id == taxonomy_id]
    params.flag(request.GET, "top_only")  # every term is a top-level term
    if params.uuid_list(request.GET, "parent_id"):
        pairs = []  # no term has children
    return paginated(request, pairs, lambda pair: vocabulary.term_as_hsds(*pair))


@hsds_endpoint
def taxonomy_term_detail(request, term_id):
    wanted = params.path_uuid(term_id, "pojmu taxonomie")
    vocabulary = Vocabulary(PageUrls(request).base_url)
    if wanted not in vocabulary.by_id:
        return error(f"Pojem taxonomie {wanted} neexistuje.", 404)
    kind, term = vocabulary.by_id[wanted]
    data = vocabulary.term_as_hsds(kind, term)
    data["taxonomy_detail"] = kind.as_hsds(vocabulary.base_url)
    return json_response(data)


def public_places(query):
    places = ServicePlace.objects.filter(service__in=public_services()).select_related(
        "district", "service"
    )
    postcode = "".join(query.get("postcode", "").split())
    if postcode:
        if not postcode.isdigit() or len(postcode) != 5:
            raise BadParameter("Parametr „postcode“ musí být PSČ s pěti číslicemi, např. 70200.")
        places = places.filter(
            Q(postcode=postcode) | Q(postcode=f"{postcode[:3]} {postcode[3:]}"),
            address_secret=False,
        )
    return places.order_by("service__title", "sort_order", "pk")


@hsds_endpoint
def service_at_location_list(request):
    serializer = serializer_for(request)
    places = public_places(request.GET)
    circle = proximity.parse(request.GET)
    return paginated(
        request,
        proximity.places_by_distance(places, circle) if circle else places,
        lambda place: serializer.service_at_location(place, str(place.service.translation_key)),
    )


@hsds_endpoint
def service_at_location_detail(request, sal_id):
    wanted = params.path_uuid(sal_id, "místa služby")
    serializer = serializer_for(request)
    place_pks = public_places(request.GET).values_list("pk", flat=True)
    found = [pk for pk in place_pks if ids.service_at_location_id(pk) == wanted]
    if found:
        place = ServicePlace.objects.select_related("district", "service").get(pk=found[0])
        return json_response(
            serializer.service_at_location(place, str(place.service.translation_key))
        )
    return error(f"Místo poskytování služby {wanted} neexistuje.", 404)


def documentation(request):
    """The human documentation of the API (Czech)."""
    response = render(request, "catalogue/hsds/documentation.html", {"kinds": KINDS})
    return open_headers(response)
