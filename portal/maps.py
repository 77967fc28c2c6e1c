"""Maps of places (Leaflet, vendored in ``static/vendor/``), drawn by
``templates/components/map/map.html`` from ``map_context``.

A map shows the features of a GeoJSON FeatureCollection (``portal.geojson``) given inline, or
loads them from ``geojson_url``. It brings its stylesheets and scripts itself, so pages without
a map never load Leaflet, and lets the page's policy allow the tile server
(``allow_map_tiles``). Without JavaScript the box shows links to the places on
openstreetmap.org (or ``fallback_url``) instead. The apps' template tags (``catalogue_maps``,
``campaign_maps``) build the collections and render the template with this context.
"""

from django.conf import settings

from portal.geojson import external_map_url
from portal.security.headers import allow_map_tiles


def map_context(request, label, collection=None, geojson_url="", fallback_url="", large=False):
    """What ``components/map/map.html`` needs; no map (and no scripts) without any place."""
    features = (collection or {}).get("features", [])
    if not features and not geojson_url:
        return {"show_map": False}
    allow_map_tiles(request)
    request.map_count = getattr(request, "map_count", 0) + 1
    fallback_links = [
        {
            "name": feature["properties"].get("place") or feature["properties"].get("name", ""),
            "url": external_map_url(*reversed(feature["geometry"]["coordinates"])),
        }
        for feature in features
    ]
    return {
        "show_map": True,
        "map_id": f"mapa-{request.map_count}",
        "data_id": f"mapa-{request.map_count}-data",
        "first_map": request.map_count == 1,
        "label": label,
        "collection": collection if features else None,
        "geojson_url": geojson_url,
        "fallback_url": fallback_url,
        "fallback_links": fallback_links,
        "large": large,
        "tile_url": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
    }
