"""Where a result must be: ``postcode`` (+ ``proximity``) of HSDS 3.0 and our ``near`` extension.

* ``postcode=70200`` keeps what has a place with that PSČ;
* ``postcode=70200&proximity=2000`` keeps instead what has a place within 2 000 m of the
  postcode's centroid (the mean position of our public places with that PSČ), nearest first;
* ``near=49.835,18.292[,2000]`` (our extension, WGS84 degrees and metres) keeps what has a place
  within the radius of that point, nearest first.

A postcode none of our public places has, or a malformed value, is refused with a Czech message.
Places with a secret address never take part, and no postcode is "known" through them alone.

No GIS extension is needed, so it works the same on SQLite and PostgreSQL: the database keeps
only places inside the circle's bounding box (plain range filters on latitude and longitude),
Python measures the exact great-circle distance of those few rows, and only the requested page
of objects is then read with its prefetched relations.
"""

import math
from dataclasses import dataclass

from django.db.models import Avg

from catalogue.hsds.params import BadParameter
from catalogue.models import ServicePlace

EARTH_RADIUS = 6_371_008.8  # metres, the mean radius
METRES_PER_DEGREE = math.pi * EARTH_RADIUS / 180
DEFAULT_RADIUS = 5_000
MAX_RADIUS = 100_000
NEAR_HELP = (
    "Parametr „near“ musí mít tvar „zeměpisná šířka,zeměpisná délka[,poloměr v metrech]“, "
    f"např. 49.8350,18.2920,2000 (poloměr nejvýše {MAX_RADIUS} m, výchozí {DEFAULT_RADIUS} m)."
)
PROXIMITY_HELP = (
    "Parametr „proximity“ je vzdálenost v metrech od středu PSČ z parametru „postcode“: "
    f"kladné číslo nejvýše {MAX_RADIUS}, např. postcode=70200&proximity=2000."
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


def _number(text):
    """A finite float, or None."""
    if len(text) > 32:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_near(query):
    """The Circle of ``near``, None without one; BadParameter when it is malformed."""
    raw = query.get("near", "").strip()
    if not raw:
        return None
    numbers = [_number(part.strip()) for part in raw.split(",")]
    if len(numbers) not in (2, 3) or None in numbers:
        raise BadParameter(NEAR_HELP)
    latitude, longitude = numbers[:2]
    radius = numbers[2] if len(numbers) == 3 else DEFAULT_RADIUS
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise BadParameter(
            "Parametr „near“: zeměpisná šířka musí být mezi -90 a 90 a délka mezi -180 a 180, "
            f"ne „{raw[:60]}“."
        )
    if not 0 < radius <= MAX_RADIUS:
        raise BadParameter(f"Parametr „near“: poloměr musí být kladný a nejvýše {MAX_RADIUS} m.")
    return Circle(latitude, longitude, radius)


def parse_postcode(query):
    """The PSČ of ``postcode`` as five digits (``70200``), None without one."""
    raw = query.get("postcode", "")
    code = "".join(raw.split())
    if not code:
        return None
    if not (code.isascii() and code.isdigit() and len(code) == 5):
        raise BadParameter(
            f"Parametr „postcode“ musí být PSČ s pěti číslicemi, např. 70200 nebo 702 00, "
            f"ne „{raw.strip()[:40]}“."
        )
    return code


def parse_proximity(query):
    """The distance of ``proximity`` in metres, None without one."""
    raw = query.get("proximity", "").strip()
    if not raw:
        return None
    metres = _number(raw)
    if metres is None or not 0 < metres <= MAX_RADIUS:
        raise BadParameter(f"{PROXIMITY_HELP} Zadáno: „{raw[:40]}“.")
    return metres


def at_postcode(places, code):
    """The places of ``places`` with PSČ ``code``, however it is written (70200 or 702 00)."""
    return places.filter(postcode__in=[code, f"{code[:3]} {code[3:]}"], address_secret=False)


def centroid(places, code):
    """(latitude, longitude): the mean position of the public places with PSČ ``code``."""
    middle = at_postcode(places, code).aggregate(
        latitude=Avg("latitude"), longitude=Avg("longitude")
    )
    if middle["latitude"] is None or middle["longitude"] is None:
        raise BadParameter(
            f"Parametr „postcode“: u PSČ {code} neznáme polohu žádného místa, "
            "vzdálenost od něj proto nelze měřit."
        )
    return float(middle["latitude"]), float(middle["longitude"])


@dataclass(frozen=True)
class Where:
    """The location conditions of a request: a PSČ to match and/or a circle to be within."""

    postcode: str | None = None
    circle: Circle | None = None

    def places(self, places):
        """The places that meet the conditions; nearest first when there is a circle."""
        if self.postcode:
            places = at_postcode(places, self.postcode)
        return places_by_distance(places, self.circle) if self.circle else places

    def services(self, services):
        """The services with a place that meets the conditions; nearest first with a circle."""
        if self.postcode:
            located = at_postcode(ServicePlace.objects.all(), self.postcode)
            services = services.filter(pk__in=located.values("service_id"))
        return services_by_distance(services, self.circle) if self.circle else services


def parse(query, public_places):
    """The Where of ``postcode``, ``proximity`` and ``near``; ``public_places`` are the places a
    postcode may be known by."""
    near = parse_near(query)
    code = parse_postcode(query)
    metres = parse_proximity(query)
    if metres is not None and code is None:
        raise BadParameter(
            f"{PROXIMITY_HELP} Bez PSČ nemá význam; okolí bodu hledá parametr "
            "near=šířka,délka,poloměr."
        )
    if metres is not None and near is not None:
        raise BadParameter(
            "Parametry „near“ a „postcode“ s „proximity“ udávají dva různé okruhy; použijte jen "
            "jeden z nich."
        )
    if code and not at_postcode(public_places, code).exists():
        raise BadParameter(f"Parametr „postcode“: PSČ {code} nemá v katalogu žádné místo.")
    if metres is not None:
        return Where(circle=Circle(*centroid(public_places, code), metres))
    return Where(postcode=code, circle=near)


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
