"""The map of an event's venue (``portal.templatetags.map_tags`` draws it)."""

from django import template

from portal.geojson import feature_collection, point
from portal.maps import map_context

register = template.Library()


def event_collection(event):
    """The venue as a one-point collection; empty without coordinates (e.g. online only)."""
    if event.latitude is None or event.longitude is None:
        return feature_collection([])
    venue = point(
        event.latitude,
        event.longitude,
        name=event.venue_name or event.title,
        address=event.venue_address,
    )
    return feature_collection([venue])


@register.inclusion_tag("components/map/map.html", takes_context=True)
def event_map(context, event):
    return map_context(context["request"], "Mapa místa konání", event_collection(event))
