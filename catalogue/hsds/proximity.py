"""The ``proximity`` parameter: services (or places) near a point, nearest first.

No GIS extension is needed, so it works the same on SQLite and PostgreSQL: the database keeps
only places inside the circle's bounding box (plain range filters on latitude and longitude),
Python measures the exact great-circle distance of those few rows, and only the requested page
of objects is then read with its prefetched relations. Places with a secret address or without
coordinates never take part.
"""

import math
from dataclasses import dataclass

from catalogue.hsds.params import BadParameter
from catalogue.models import ServicePlace

EARTH_RADIUS = 6_371_008.8  # metres, the mean radius
METRES_PER_DEGREE = math.pi * EARTH_RADIUS / 180
DEFAULT_RADIUS = 5_000
MAX_RADIUS = 100_000
FORMAT_HELP = (
    "Parametr „proximity“ musí mít tvar „zeměpisná šířka,zeměpisná délka[,poloměr v metrech]“, "
    "např. 49.8350,18.2920,2000 (poloměr nejvýše {max} m, výchozí {default} m). / The proximity "
    "parameter must be latitude,longitude[,radius in metres], e.g. 49.8350,18.2920,2000."
)


@dataclass(frozen=True)
class Circle:
    """A point in WGS84 degrees and a radius in metres."""

    latitude: float
    longitude: float
    radius: float

    def bounding_box(self):
        """(south, north, west, east) in degrees, enclosing the whole circle."""
        delta_lat = self.radius / METRES_PER_DEGREE
        cos_lat = math.cos(math.radians(self.latitude))
        delta_lon = 180.0 if cos_lat < 1e-6 else min(180.0, delta_lat / cos_lat)
        return (
            max(-90.0, self.latitude - delta_lat),
            min(90.0, self.latitude + delta_lat),
            max(-180.0, self.longitude - delta_lon),
            min(180.0, self.longitude + delta_lon),
        )

    def distance(self, latitude, longitude):
        """The haversine distance in metres from the centre to a point."""
        lat1, lat2 = math.radians(self.latitude), math.radians(float(latitude))
        d_lat = lat2 - lat1
        d_lon = math.radians(float(longitude) - self.longitude)
        a = math.sin(d_lat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(d_lon / 2) ** 2
        return 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(a)))


def parse(query):
    """The Circle of the ``proximity`` parameter, None without one; BadParameter when wrong."""
    raw = query.get("proximity", "").strip()
    if not raw:
        return None
    problem = BadParameter(FORMAT_HELP.format(max=MAX_RADIUS, default=DEFAULT_RADIUS))
    parts = [part.strip() for part in raw.split(",")]
    if len(parts) not in (2, 3) or any(len(part) > 32 for part in parts):
        raise problem
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        raise problem from None
    if not all(math.isfinite(number) for number in numbers):
        raise problem
    latitude, longitude = numbers[:2]
    radius = numbers[2] if len(numbers) == 3 else DEFAULT_RADIUS
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise BadParameter(
            "Parametr „proximity“: zeměpisná šířka musí být mezi -90 a 90 a délka mezi -180 "
            f"a 180, ne „{raw[:60]}“. / proximity: latitude must be within -90..90 and "
            "longitude within -180..180."
        )
    if not 0 < radius <= MAX_RADIUS:
        raise BadParameter(
            f"Parametr „proximity“: poloměr musí být kladný a nejvýše {MAX_RADIUS} m. / "
            f"proximity: the radius must be positive and at most {MAX_RADIUS} metres."
        )
    return Circle(latitude, longitude, radius)


def _places_in_box(places, circle):
    south, north, west, east = circle.bounding_box()
    return places.filter(
        address_secret=False,
        latitude__isnull=False,
        longitude__isnull=False,
        latitude__gte=south,
        latitude__lte=north,
        longitude__gte=west,
        longitude__lte=east,
    )


def services_by_distance(services, circle):
    """The services of the queryset with a place within the circle, nearest place first."""
    rows = _places_in_box(ServicePlace.objects.filter(service__in=services.values("pk")), circle)
    nearest = {}
    for service_id, title, latitude, longitude in rows.values_list(
        "service_id", "service__title", "latitude", "longitude"
    ):
        distance = circle.distance(latitude, longitude)
        if distance <= circle.radius and distance < nearest.get(service_id, (math.inf,))[0]:
            nearest[service_id] = (distance, title)
    order = sorted(nearest, key=lambda pk: (*nearest[pk], pk))
    return DistanceOrdered(services, order)


def places_by_distance(places, circle):
    """The places of the queryset within the circle, nearest first."""
    found = []
    for pk, latitude, longitude in _places_in_box(places, circle).values_list(
        "pk", "latitude", "longitude"
    ):
        distance = circle.distance(latitude, longitude)
        if distance <= circle.radius:
            found.append((distance, pk))
    return DistanceOrdered(places, [pk for _distance, pk in sorted(found)])


class DistanceOrdered:
    """Objects of ``queryset`` in the order of ``pks``; a slice reads only its own objects."""

    def __init__(self, queryset, pks):
        self.queryset = queryset.order_by()
        self.pks = pks

    def __len__(self):
        return len(self.pks)

    def __getitem__(self, window):
        wanted = self.pks[window]
        found = self.queryset.in_bulk(wanted) if wanted else {}
        return [found[pk] for pk in wanted if pk in found]

    def chunks(self, size):
        """Every object, ``size`` at a time (for streaming)."""
        for start in range(0, len(self.pks), size):
            yield from self[start : start + size]
