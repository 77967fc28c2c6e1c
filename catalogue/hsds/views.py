"""The HSDS 3.0 open-data API: thin views over queries.py, proximity.py and serializers.py."""

from anyascii import anyascii
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import resolve, reverse

from catalogue.hsds import ids, params, proximity
from catalogue.hsds.listing import listing
from catalogue.hsds.params import BadParameter
from catalogue.hsds.queries import PageUrls, filtered_services, public_providers, public_services
from catalogue.hsds.responses import error, hsds_endpoint, json_response, open_headers, read_only
from catalogue.hsds.serializers import Serializer, providers_for_hsds, services_for_hsds
from catalogue.hsds.taxonomy import KINDS, KINDS_BY_ID, Vocabulary, term_description
from catalogue.models import ServicePlace
from portal.base_url import absolute_url


def serializer_for(request):
    urls = PageUrls(request)
    return Serializer(Vocabulary(urls.base_url), urls)


def public_places():
    """Places of published services (secret ones included; the serializer hides them)."""
    return ServicePlace.objects.filter(service__in=public_services()).select_related(
        "district", "service"
    )


def folded(text):
    return anyascii(text).casefold()


def mentions(text, *fields):
    """Whether every word of ``text`` occurs in the fields, ignoring case and diacritics."""
    haystack = folded(" ".join(fields))
    return all(word in haystack for word in folded(text).split())


@hsds_endpoint
def api_root(request):
    return json_response(
        {
            "version": "3.0",
            "profile": "https://docs.openreferral.org/en/v3.0/",
            "openapi_url": absolute_url(reverse("hsds:openapi")),
        }
    )


@hsds_endpoint
def service_list(request):
    serializer = serializer_for(request)
    minimal = params.flag(request.GET, "minimal")
    full = params.flag(request.GET, "full")
    ndjson_wanted = params.output_format(request.GET) == "ndjson"
    services = filtered_services(request.GET, serializer.vocabulary)
    where = proximity.parse(request.GET, public_places())
    if minimal:
        serialize = serializer.service_minimal
    elif full or ndjson_wanted:
        services = services_for_hsds(services)
        serialize = serializer.service
    else:
        services = services.select_related("provider").prefetch_related("contacts", "target_groups")
        serialize = serializer.service_summary
    services = where.services(services)
    # HSDS 3.0 on minimal: "aim to return all services within one call"
    per_page = None if minimal else params.DEFAULT_PER_PAGE
    return listing(request, services, serialize, default_per_page=per_page)


@hsds_endpoint
def service_detail(request, service_id):
    wanted = params.path_uuid(service_id, "služby")
    serializer = serializer_for(request)
    service = services_for_hsds(public_services()).filter(translation_key=wanted).first()
    if service is None:
        return error(f"Služba {wanted} neexistuje nebo není zveřejněná.", 404)
    return json_response(serializer.service(service))


def services_by_provider(serializer, providers, full_service):
    """{provider pk: [its services as dicts]}, read for all ``providers`` at once."""
    services = public_services().filter(provider__in=providers).order_by("title", "pk")
    if full_service:
        services = services_for_hsds(services)
    else:
        services = services.select_related("provider").prefetch_related("contacts", "target_groups")
    found = {provider.pk: [] for provider in providers}
    for service in services:
        if full_service:
            found[service.provider_id].append(serializer.service(service, False))
        else:
            found[service.provider_id].append(serializer.service_summary(service))
    return found


@hsds_endpoint
def organization_list(request):
    serializer = serializer_for(request)
    full_service = params.flag(request.GET, "full_service")
    with_services = params.flag(request.GET, "full") or full_service
    providers = public_providers()
    text = request.GET.get("search", "").strip()
    if text:
        providers = providers.filter(title__icontains=text)
    services = {}

    def prepare(chunk):
        services.update(services_by_provider(serializer, chunk, full_service))

    def serialize(provider):
        data = serializer.organization(provider)
        if with_services:
            data["services"] = services.pop(provider.pk, [])
        return data

    providers = providers_for_hsds(providers).order_by("title", "pk")
    return listing(request, providers, serialize, prepare if with_services else None)


@hsds_endpoint
def organization_detail(request, organization_id):
    wanted = params.path_uuid(organization_id, "organizace")
    serializer = serializer_for(request)
    full_service = params.flag(request.GET, "full_service")
    provider = providers_for_hsds(public_providers()).filter(translation_key=wanted).first()
    if provider is None:
        return error(f"Organizace {wanted} neexistuje nebo není zveřejněná.", 404)
    data = serializer.organization(provider)
    data["services"] = services_by_provider(serializer, [provider], full_service)[provider.pk]
    return json_response(data)


@hsds_endpoint
def taxonomy_list(request):
    base_url = PageUrls(request).base_url
    kinds = KINDS
    text = request.GET.get("search", "").strip()
    if text:
        kinds = [kind for kind in kinds if mentions(text, kind.name, kind.description)]
    return listing(request, kinds, lambda kind: kind.as_hsds(base_url))


@hsds_endpoint
def taxonomy_detail(request, taxonomy_id):
    wanted = params.path_uuid(taxonomy_id, "taxonomie")
    if wanted not in KINDS_BY_ID:
        return error(f"Taxonomie {wanted} neexistuje.", 404)
    return json_response(KINDS_BY_ID[wanted].as_hsds(PageUrls(request).base_url))


@hsds_endpoint
def taxonomy_term_list(request):
    vocabulary = Vocabulary(PageUrls(request).base_url)
    pairs = list(vocabulary.by_id.values())
    for taxonomy_id in params.uuid_list(request.GET, "taxonomy_id"):
        if taxonomy_id not in KINDS_BY_ID:
            raise BadParameter(f"Parametr „taxonomy_id“: taxonomie {taxonomy_id} neexistuje.")
        pairs = [(kind, term) for kind, term in pairs if kind.id == taxonomy_id]
    params.flag(request.GET, "top_only")  # every term is a top-level term
    if params.uuid_list(request.GET, "parent_id"):
        pairs = []  # no term has children
    text = request.GET.get("search", "").strip()
    if text:
        pairs = [pair for pair in pairs if mentions(text, pair[1].name, term_description(pair[1]))]
    return listing(request, pairs, lambda pair: vocabulary.term_as_hsds(*pair))


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


@hsds_endpoint
def service_at_location_list(request):
    serializer = serializer_for(request)
    params.flag(request.GET, "full")  # every place comes with its location nested
    services = filtered_services(request.GET, serializer.vocabulary)
    where = proximity.parse(request.GET, public_places())
    places = public_places().filter(service__in=services.values("pk"))
    return listing(
        request,
        where.places(places.order_by("service__title", "sort_order", "pk")),
        lambda place: serializer.service_at_location(place, str(place.service.translation_key)),
    )


@hsds_endpoint
def service_at_location_detail(request, sal_id):
    wanted = params.path_uuid(sal_id, "místa služby")
    serializer = serializer_for(request)
    place_pks = public_places().values_list("pk", flat=True)
    found = [pk for pk in place_pks if ids.service_at_location_id(pk) == wanted]
    if found:
        place = public_places().get(pk=found[0])
        return json_response(
            serializer.service_at_location(place, str(place.service.translation_key))
        )
    return error(f"Místo poskytování služby {wanted} neexistuje.", 404)


@hsds_endpoint
def unknown_address(request, rest):
    """A JSON 404 for any other address under /api/hsds/ (``dokumentace`` redirects to ``/``)."""
    slashed = request.path + "/"
    if resolve(slashed).url_name != "unknown":
        return HttpResponsePermanentRedirect(slashed)
    return error(
        f"Adresa /api/hsds/{rest[:80]} v rozhraní neexistuje; přehled adres je na "
        f"{reverse('hsds:documentation')}.",
        404,
    )


@read_only
def documentation(request):
    """The human documentation of the API (Czech)."""
    response = render(request, "catalogue/hsds/documentation.html", {"kinds": KINDS})
    return open_headers(response)
