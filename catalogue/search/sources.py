"""What the catalogue gives the portal's search index: services, providers, life situations.

A service is found by its name (title), by its type, target groups, forms, areas, districts and
provider (keywords) and by its summary, description and places (body); it is filtered and
counted by the slugs of those terms and of the life situations it helps in (facets, named by
the catalogue's URL parameters). Its entry also keeps its result card (``catalogue.cards``).
"""

from django.db.models import Prefetch
from django.utils.html import strip_tags

from catalogue.cards import listing_of
from catalogue.models import (
    CatalogueIndexPage,
    District,
    LifeSituation,
    ProviderPage,
    ServicePage,
    ServicePlace,
)
from catalogue.models.services import attach_listed
from portal.search import indexing, registry
from portal.search.registry import Document, Source

SERVICE_KIND = "sluzba"
SITUATION_KIND = "situace"


def _situation_rules():
    """(slug, type ids, group ids, area ids) of every life situation; empty = any."""
    situations = LifeSituation.objects.prefetch_related(
        "service_types", "target_groups", "planning_areas"
    )
    return [
        (
            situation.slug,
            {term.pk for term in situation.service_types.all()},
            {term.pk for term in situation.target_groups.all()},
            {term.pk for term in situation.planning_areas.all()},
        )
        for situation in situations
    ]


def _situations_of(service, rules):
    group_ids = {term.pk for term in service.target_groups.all()}
    area_ids = {term.pk for term in service.planning_areas.all()}
    return [
        slug
        for slug, types, groups, areas in rules
        if (not types or service.service_type_id in types)
        and (not groups or groups & group_ids)
        and (not areas or areas & area_ids)
    ]


def _public_services(pks):
    places = ServicePlace.objects.select_related("district")
    return (
        ServicePage.objects.filter(pk__in=pks)
        .live()
        .public()
        .select_related("service_type", "provider")
        .prefetch_related(
            "forms",
            "target_groups",
            "planning_areas",
            "area_districts",
            Prefetch("places", queryset=places),
        )
    )


def service_documents(services):
    found = {service.pk: service for service in _public_services([s.pk for s in services])}
    attach_listed(list(found.values()))
    rules = _situation_rules() if found else []
    every_district = list(District.objects.all()) if found else []
    return [
        _service_document(found[s.pk], rules, every_district) if s.pk in found else None
        for s in services
    ]


def _service_document(service, rules, every_district):
    groups = list(service.target_groups.all())
    forms = list(service.forms.all())
    areas = list(service.planning_areas.all())
    places = list(service.places.all())
    districts = [place.district for place in places if place.district]
    keywords = [
        service.service_type.name,
        *(term.name for term in groups + forms + areas + districts),
        service.area_label,
        service.provider.title if service.provider else "",
    ]
    body = [
        service.summary,
        strip_tags(service.description),
        *(place.search_words() for place in places),
    ]
    return Document(
        title=service.title,
        url=service.url or "",
        keywords=" ".join(keywords),
        body=" ".join(body),
        facets={
            "druh": [service.service_type.slug],
            "skupina": [term.slug for term in groups],
            "forma": [term.slug for term in forms],
            "oblast": [term.slug for term in areas],
            "obvod": [district.slug for district in service.served_districts(every_district)],
            "situace": _situations_of(service, rules),
        },
        display=listing_of(service),
    )


def _all_services():
    return ServicePage.objects.live().public().order_by("pk").iterator(chunk_size=200)


def provider_documents(providers):
    return [
        Document(
            title=provider.title,
            url=provider.url or "",
            keywords=provider.get_legal_form_display(),
            body=f"{strip_tags(provider.description)} {provider.address}",
        )
        if indexing.is_public_page(provider)
        else None
        for provider in providers
    ]


def _all_providers():
    return ProviderPage.objects.live().public().iterator(chunk_size=200)


def situation_documents(situations):
    catalogue = CatalogueIndexPage.objects.live().first()
    if catalogue is None:
        return [None] * len(situations)
    return [
        Document(
            title=situation.name,
            url=f"{catalogue.url}?situace={situation.slug}",
            keywords=" ".join(
                term.name
                for relation in ("service_types", "target_groups")
                for term in getattr(situation, relation).all()
            ),
            body=situation.description,
        )
        for situation in situations
    ]


def _all_situations():
    return LifeSituation.objects.prefetch_related("service_types", "target_groups")


registry.register(Source("catalogue.servicepage", SERVICE_KIND, service_documents, _all_services))
registry.register(
    Source("catalogue.providerpage", "poskytovatel", provider_documents, _all_providers)
)
registry.register(
    Source(
        "catalogue.lifesituation",
        SITUATION_KIND,
        situation_documents,
        _all_situations,
        key_prefix="situace",
    )
)


def index_services(services):
    """Re-index ``services`` (e.g. after their provider was renamed or they were moved)."""
    indexing.index_objects(list(services))


def index_services_at(place_ids, batch=500):
    """Re-index the live services of the places ``place_ids``, whose coordinates or secrecy an
    importer changed without publishing the pages (the index keeps each service's card)."""
    services = ServicePage.objects.filter(places__in=place_ids).live().distinct().order_by("pk")
    pks = list(services.values_list("pk", flat=True))
    for start in range(0, len(pks), batch):
        index_services(ServicePage.objects.filter(pk__in=pks[start : start + batch]))


def refresh_situations():
    """After a life situation changed: the situations' entries and which services they list."""
    situations = list(
        LifeSituation.objects.prefetch_related("service_types", "target_groups", "planning_areas")
    )
    indexing.index_objects(situations)
    by_service = {}
    for situation in situations:
        services = ServicePage.objects.filter(situation.service_condition())
        for pk in services.values_list("pk", flat=True):
            by_service.setdefault(pk, []).append(situation.slug)
    indexing.replace_facet(SERVICE_KIND, "situace", by_service)
