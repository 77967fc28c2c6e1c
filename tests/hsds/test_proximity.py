"""A helpline looks for services near a caller: by the caller's postcode (HSDS ``postcode`` and
``proximity`` in metres) or by a point (our extension ``near=latitude,longitude,radius``)."""

import json
from decimal import Decimal

import pytest

from catalogue.models import ServicePlace
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

CENTRE = (49.835, 18.292)  # Ostrava, Masarykovo náměstí


def place_at(service, north, east=0.0, sort_order=0):
    """Move the service's first place (or add another one) to an offset from CENTRE in degrees."""
    latitude = Decimal(str(round(CENTRE[0] + north, 6)))
    longitude = Decimal(str(round(CENTRE[1] + east, 6)))
    if sort_order == 0:
        ServicePlace.objects.filter(service=service).update(latitude=latitude, longitude=longitude)
    else:
        ServicePlace.objects.create(
            service=service,
            name=f"{service.title} – pobočka",
            latitude=latitude,
            longitude=longitude,
            sort_order=sort_order,
        )


@pytest.fixture
def around(catalogue):
    """Services about 0.5 km, 1.5 km and 20 km north of the centre, one in the corner of the
    2 km bounding box (2.4 km away), one with a secret address at the centre, one whose second
    place is the nearest of all."""
    provider = f.provider(catalogue, "Charita Blízko", "charita-blizko")
    services = {
        name: f.service(provider, title, name)
        for name, title in [
            ("near", "Azylový dům Blízko"),
            ("middle", "Poradna Středně daleko"),
            ("far", "Domov Daleko"),
            ("corner", "Nízkoprahové centrum V rohu"),
            ("branch", "Terénní služba s pobočkou"),
        ]
    }
    services["secret"] = f.service(provider, "Utajený azylový dům", "utajeny", secret=True)
    ServicePlace.objects.filter(service=services["secret"]).update(
        latitude=Decimal("49.835000"), longitude=Decimal("18.292000")
    )
    place_at(services["near"], 0.0045)
    place_at(services["middle"], 0.0135)
    place_at(services["far"], 0.18)
    place_at(services["corner"], 0.015, 0.025)
    place_at(services["branch"], 0.5)
    place_at(services["branch"], -0.0018, sort_order=1)
    return services


def names(client, url="/api/hsds/services", **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return [item["name"] for item in response.json()["contents"]]


def location_names(client, **params):
    response = client.get("/api/hsds/service_at_locations", params)
    assert response.status_code == 200, response.content[:300]
    return [item["location"]["name"] for item in response.json()["contents"]]


def test_services_within_the_radius_come_nearest_first(client, around):
    assert names(client, near="49.835,18.292,2000") == [
        "Terénní služba s pobočkou",
        "Azylový dům Blízko",
        "Poradna Středně daleko",
    ]


def test_a_larger_radius_reaches_further_and_the_default_is_five_km(client, around):
    wide = names(client, near="49.835, 18.292, 30000", per_page=100)
    assert wide[-1] == "Domov Daleko"
    assert "Nízkoprahové centrum V rohu" in wide
    assert "Domov Daleko" not in names(client, near="49.835,18.292")


def test_a_secret_address_is_never_found_by_distance(client, around):
    for url in ("/api/hsds/services", "/api/hsds/service_at_locations"):
        response = client.get(url, {"near": "49.835,18.292,50", "per_page": 100})
        assert response.json()["total_items"] == 0
        assert "Utajený" not in response.content.decode()


def test_near_paginates_and_combines_with_other_parameters(client, around, hsds_schemas):
    first = client.get("/api/hsds/services", {"near": "49.835,18.292,2000", "per_page": 2}).json()
    assert first["total_items"] == 3 and first["total_pages"] == 2
    second = names(client, near="49.835,18.292,2000", per_page=2, page=2)
    assert second == ["Poradna Středně daleko"]
    assert names(client, near="49.835,18.292,2000", search="stredne") == ["Poradna Středně daleko"]
    full = client.get("/api/hsds/services", {"near": "49.835,18.292,2000", "full": "true"})
    for item in full.json()["contents"]:
        assert not list(hsds_schemas["service"].iter_errors(item))


def test_ndjson_streams_by_distance(client, around):
    response = client.get("/api/hsds/services", {"near": "49.835,18.292,2000", "format": "ndjson"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert [json.loads(line)["name"] for line in lines] == [
        "Terénní služba s pobočkou",
        "Azylový dům Blízko",
        "Poradna Středně daleko",
    ]


def test_places_near_a_point_come_nearest_first(client, around):
    response = client.get("/api/hsds/service_at_locations", {"near": "49.835,18.292,1000"}).json()
    assert response["total_items"] == 2
    locations = [item["location"]["name"] for item in response["contents"]]
    assert locations == ["Terénní služba s pobočkou – pobočka", "Azylový dům Blízko"]


@pytest.mark.parametrize(
    "value",
    [
        "Ostrava",
        "49.835",
        "49.835;18.292",
        "49.835,18.292,1000,5",
        "91,18.292",
        "49.835,-181",
        "49.835,18.292,0",
        "49.835,18.292,-10",
        "49.835,18.292,200000",
        "nan,18.292",
        "49.835,inf",
        "1e999,18",
        ",,",
        "49.835," + "1" * 400,
    ],
)
def test_a_bad_point_gets_a_czech_json_error(client, around, value):
    for url in ("/api/hsds/services", "/api/hsds/service_at_locations"):
        response = client.get(url, {"near": value})
        assert response.status_code == 400
        assert response.json()["error"].startswith("Parametr „near“")


@pytest.fixture
def postcodes(around):
    """The places 0.5 km and 1.5 km north of the centre have PSČ 702 00, the branch 0.2 km south
    of it 70200 (written without the space); the far one 708 00; the secret one 709 00."""
    for name, postcode in [("near", "702 00"), ("middle", "702 00"), ("far", "708 00")]:
        ServicePlace.objects.filter(service=around[name]).update(postcode=postcode)
    ServicePlace.objects.filter(service=around["branch"], sort_order=1).update(postcode="70200")
    ServicePlace.objects.filter(service=around["secret"]).update(postcode="709 00")
    return around


def test_a_postcode_keeps_what_has_a_place_there(client, postcodes):
    assert names(client, postcode="702 00") == [
        "Azylový dům Blízko",
        "Poradna Středně daleko",
        "Terénní služba s pobočkou",
    ]
    assert location_names(client, postcode="70200") == [
        "Azylový dům Blízko",
        "Poradna Středně daleko",
        "Terénní služba s pobočkou – pobočka",
    ]
    assert location_names(client, postcode="708 00") == ["Domov Daleko"]


def test_proximity_measures_metres_from_the_centre_of_the_postcode(client, postcodes):
    # the three 702 00 places average 0.6 km north of the centre: 0.1, 0.8 and 0.9 km from it
    assert location_names(client, postcode="70200", proximity="1500") == [
        "Azylový dům Blízko",
        "Terénní služba s pobočkou – pobočka",
        "Poradna Středně daleko",
    ]
    wider = names(client, postcode="70200", proximity="3000", per_page=100)
    assert "Nízkoprahové centrum V rohu" in wider  # another postcode, but within 3 km
    assert "Domov Daleko" not in wider


def test_a_secret_address_does_not_make_a_postcode_known(client, postcodes):
    secret = client.get("/api/hsds/service_at_locations", {"postcode": "709 00"})
    unknown = client.get("/api/hsds/service_at_locations", {"postcode": "709 99"})
    assert secret.status_code == unknown.status_code == 400
    assert "nemá v katalogu žádné místo" in secret.json()["error"]
    assert "Utajený" not in secret.content.decode()


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"postcode": "Ostrava"}, "postcode"),
        ({"postcode": "7020"}, "postcode"),
        ({"postcode": "70999"}, "postcode"),
        ({"postcode": "70200", "proximity": "daleko"}, "proximity"),
        ({"postcode": "70200", "proximity": "0"}, "proximity"),
        ({"postcode": "70200", "proximity": "200000"}, "proximity"),
        ({"postcode": "70200", "proximity": "nan"}, "proximity"),
        ({"proximity": "2000"}, "proximity"),
        ({"proximity": "49.835,18.292,2000"}, "proximity"),
        ({"postcode": "70200", "proximity": "2000", "near": "49.8,18.2"}, "near"),
    ],
)
def test_a_bad_postcode_or_distance_gets_a_czech_json_error(client, postcodes, params, parameter):
    for url in ("/api/hsds/services", "/api/hsds/service_at_locations"):
        response = client.get(url, params)
        assert response.status_code == 400
        assert response["Content-Type"].startswith("application/json")
        assert f"„{parameter}“" in response.json()["error"]


def test_the_description_and_the_documentation_explain_the_location_parameters(client, around):
    spec = client.get("/api/hsds/openapi.json").json()
    services = spec["paths"]["/services"]["get"]["parameters"]
    places = spec["paths"]["/service_at_locations"]["get"]["parameters"]
    assert {"$ref": "#/components/parameters/near"} in services
    assert {"$ref": "#/components/parameters/near"} in places
    assert {"$ref": "#/components/parameters/postcode", "x-extension": True} in services
    near = spec["components"]["parameters"]["near"]
    assert near["x-extension"] is True and "poloměr" in near["description"]
    assert spec["components"]["parameters"]["proximity"]["schema"]["type"] == "number"
    page = client.get("/api/hsds/dokumentace/").content.decode()
    assert "near=49.8350,18.2920,2000" in page
    assert "postcode=70200&amp;proximity=2000" in page
