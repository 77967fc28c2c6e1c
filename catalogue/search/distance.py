"""How far services are from the citizen: from where they are (``?poloha=<lat>,<lon>``, filled
by the "Poblíž mě" button) or from a place they name (``?kde=Zábřeh``, found in the gazetteer).

Distances are measured in a straight line to the nearest public place of a service; a secret
address never counts (its distance would give it away), so shelters with one, like services
without coordinates, come after every service with a known distance.
"""

import math
from dataclasses import dataclass, field

from django.http import QueryDict

from catalogue import gazetteer
from catalogue.models import ServicePlace

PARAMS = ("poloha", "kde")
SORT = "vzdalenost"
MAX_POSITION_LENGTH = 60
MAX_PLACE_LENGTH = 100
EARTH_RADIUS_M = 6_371_000
FEW_SERVICES = 500  # up to this many, their places are fetched by id; beyond, every place


@dataclass(frozen=True)
class Origin:
    """The point distances are measured from; ``label`` says what it is ("vaše poloha")."""

    latitude: float
    longitude: float
    label: str


def read_position(text):
    """(latitude, longitude) of "49.83,18.29", or None when it is not two finite numbers
    within the ranges of degrees."""
    parts = text.split(",")
    if len(text) > MAX_POSITION_LENGTH or len(parts) != 2:
        return None
    try:
        latitude, longitude = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return latitude, longitude


def metres_between(latitude, longitude, other_latitude, other_longitude):
    """The great-circle distance between two points given in degrees (haversine)."""
    phi, other_phi = math.radians(latitude), math.radians(other_latitude)
    half_dphi = (other_phi - phi) / 2
    half_dlambda = math.radians(other_longitude - longitude) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi) * math.cos(other_phi) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, a)))


def distance_label(metres):
    """Like "1,2 km" (one decimal under 10 km, Czech decimal comma) or "14 km"."""
    kilometres = round(max(metres, 100) / 1000, 1)
    if kilometres < 10:
        return f"{kilometres:.1f} km".replace(".", ",")
    return f"{kilometres:.0f} km"


@dataclass
class Nearby:
    """Where the citizen searches from, read from the URL; ``origin`` is None when no place
    was given or it was not understood (then ``unknown_place`` and ``suggestions`` say why)."""

    origin: Origin | None = None
    place_text: str = ""  # "kde" as typed
    position_text: str = ""  # "poloha" when it was understood
    unknown_place: str = ""
    suggestions: list = field(default_factory=list)  # gazetteer.Location

    @classmethod
    def from_params(cls, params: QueryDict, messages):
        """A typed place wins over a position (the box was filled after "Poblíž mě")."""
        nearby = cls()
        place = " ".join(params.get("kde", "").replace("\x00", " ").split())
        position = params.get("poloha", "").strip()
        if place:
            nearby._read_place(place[:MAX_PLACE_LENGTH])
        elif position:
            nearby._read_position(position, messages)
        return nearby

    def _read_place(self, text):
        self.place_text = text
        location = gazetteer.resolve(text)
        if location is None:
            self.unknown_place = text
            self.suggestions = gazetteer.suggest(text)
        else:
            self.origin = Origin(location.latitude, location.longitude, location.label)

    def _read_position(self, text, messages):
        position = read_position(text)
        if position is None:
            messages.append(
                f"Polohu „{text[:40]}“ se nepodařilo přečíst (čekali jsme zeměpisnou šířku "
                "a délku oddělené čárkou); služby neřadíme podle vzdálenosti."
            )
            return
        self.position_text = f"{position[0]:.5f},{position[1]:.5f}"
        self.origin = Origin(*position, "vaše poloha")

    def params(self):
        """The URL parameters that keep this place in links (pagination, filters)."""
        if self.place_text and self.origin:
            return {"kde": self.place_text}
        if self.position_text:
            return {"poloha": self.position_text}
        return {}

    def distances(self, service_ids):
        """{service id: metres to its nearest public place} of the services with one (one
        query)."""
        places = ServicePlace.objects.filter(
            address_secret=False, latitude__isnull=False, longitude__isnull=False
        )
        if len(service_ids) <= FEW_SERVICES:
            places = places.filter(service_id__in=service_ids)
        wanted = set(service_ids)
        nearest = {}
        origin = self.origin
        for service_id, latitude, longitude in places.values_list(
            "service_id", "latitude", "longitude"
        ):
            if service_id not in wanted:
                continue
            metres = metres_between(
                origin.latitude, origin.longitude, float(latitude), float(longitude)
            )
            if metres < nearest.get(service_id, math.inf):
                nearest[service_id] = metres
        return nearest

    def nearest_first(self, service_ids):
        """``service_ids`` ordered by distance; those without one keep their order, last."""
        nearest = self.distances(service_ids)
        position = {pk: index for index, pk in enumerate(service_ids)}
        return sorted(service_ids, key=lambda pk: (nearest.get(pk, math.inf), position[pk]))

    def distance_to(self, points):
        """Metres from the origin to the nearest of ``points`` ((latitude, longitude) of a
        service's public places, no query); None without an origin or a point."""
        if self.origin is None:
            return None
        found = [
            metres_between(self.origin.latitude, self.origin.longitude, latitude, longitude)
            for latitude, longitude in points
        ]
        return min(found, default=None)
