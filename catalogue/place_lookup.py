"""The admin's place search for the map picker (``portal.widgets.map_picker``): Ostrava's
districts, parts of town, postcodes and streets from the gazetteer, and the addresses of public
service places that already have coordinates (a secret address is never offered)."""

from django.http import JsonResponse
from django.urls import path

from catalogue import gazetteer
from catalogue.maps import one_line_address, public_places

MIN_LENGTH = 2
MAX_LENGTH = 100
GAZETTEER_RESULTS = 6
ADDRESS_RESULTS = 4


def result(name, latitude, longitude):
    return {"name": name, "latitude": float(latitude), "longitude": float(longitude)}


def gazetteer_results(text):
    exact = gazetteer.resolve(text)
    found = [exact] if exact else []
    found += [place for place in gazetteer.suggest(text, limit=GAZETTEER_RESULTS) if place != exact]
    return [result(place.label, place.latitude, place.longitude) for place in found]


def address_results(text):
    street = text.split(",")[0].strip()
    rows = (
        public_places()
        .filter(street__icontains=street)
        .values_list("street", "postcode", "city", "latitude", "longitude")
        .order_by("street")
        .distinct()[:ADDRESS_RESULTS]
    )
    return [
        result(one_line_address(street, postcode, city), latitude, longitude)
        for street, postcode, city, latitude, longitude in rows
    ]


def place_lookup(request):
    """``?q=<text>`` -> ``{"results": [{"name", "latitude", "longitude"}], "message"}``."""
    text = " ".join(request.GET.get("q", "").replace("\x00", " ").split())[:MAX_LENGTH]
    if len(text) < MIN_LENGTH:
        return JsonResponse({"results": [], "message": "Napište aspoň dva znaky."})
    results = address_results(text) if any(ch.isdigit() for ch in text) else []
    results += gazetteer_results(text)
    unique, seen = [], set()
    for item in results:
        if item["name"] not in seen:
            seen.add(item["name"])
            unique.append(item)
    message = "" if unique else f"Místo „{text}“ neznáme; klikněte do mapy nebo zkuste jiný zápis."
    return JsonResponse({"results": unique, "message": message})


admin_urlpatterns = [path("mista/hledat/", place_lookup, name="catalogue_place_lookup")]
