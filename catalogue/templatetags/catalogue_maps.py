"""Maps in the catalogue's templates: the list/map switch of the catalogue and the maps of a
service's and a provider's places (``portal.templatetags.map_tags`` draws them)."""

from urllib.parse import quote

from django import template
from django.http import QueryDict

from catalogue.maps import provider_collection, service_collection
from portal.maps import map_context

register = template.Library()

VIEW_PARAM = "zobrazeni"
MAP_VIEW = "mapa"
EXTERNAL_VIEWER = "https://geojson.io/#data=data:text/x-url,"


@register.simple_tag(takes_context=True)
def catalogue_view(context, catalogue, query):
    """The catalogue's two views of one search: the list, and the map (``?zobrazeni=mapa``),
    each with its URL; for the map, where its GeoJSON is and an external map of it."""
    request = context["request"]
    params = query.url_params()
    map_params = QueryDict(params, mutable=True)
    map_params[VIEW_PARAM] = MAP_VIEW
    catalogue_url = catalogue.get_url(request)
    geojson_path = catalogue.reverse_subpage("map_data") + (f"?{params}" if params else "")
    return {
        "is_map": request.GET.get(VIEW_PARAM) == MAP_VIEW,
        "catalogue_url": catalogue_url,
        "list_url": f"{catalogue_url}?{params}" if params else catalogue_url,
        "map_url": f"{catalogue_url}?{map_params.urlencode()}",
        "geojson_url": catalogue_url + geojson_path,
        "external_url": EXTERNAL_VIEWER + quote(catalogue.get_full_url(request) + geojson_path),
    }


@register.inclusion_tag("components/map/map.html", takes_context=True)
def catalogue_map(context, view):
    return map_context(
        context["request"],
        "Mapa nalezených služeb",
        geojson_url=view["geojson_url"],
        fallback_url=view["external_url"],
        large=True,
    )


@register.inclusion_tag("components/map/map.html", takes_context=True)
def service_map(context, service):
    return map_context(context["request"], "Mapa míst služby", service_collection(service))


@register.inclusion_tag("components/map/map.html", takes_context=True)
def provider_map(context, services):
    request = context["request"]
    return map_context(
        request, "Mapa míst služeb organizace", provider_collection(services, request)
    )
