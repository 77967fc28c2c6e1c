"""GeoJSON (RFC 7946) for the portal's maps: points of places with their popup's properties."""

EXTERNAL_MAP_ZOOM = 17


def point(latitude, longitude, **properties):
    """A Feature at the WGS84 position; empty properties are left out."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
        "properties": {name: value for name, value in properties.items() if value},
    }


def feature_collection(features, **members):
    """A FeatureCollection; ``members`` are foreign members (e.g. how many services matched)."""
    return {"type": "FeatureCollection", "features": list(features), **members}


def external_map_url(latitude, longitude):
    """The position on openstreetmap.org, with a marker (for visitors without JavaScript)."""
    return (
        f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}"
        f"#map={EXTERNAL_MAP_ZOOM}/{latitude}/{longitude}"
    )
