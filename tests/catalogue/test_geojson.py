"""``/katalog/mapa.geojson``: the places of the services the list finds, never a secret one."""

import json
from decimal import Decimal

import pytest
from django.http import QueryDict

from catalogue.models import District, ServicePage, ServicePlace
from catalogue.search.query import CatalogueQuery
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

URL = "/katalog/mapa.geojson"
SECRET_STREET = "Utajená 13"


def geojson(client, params=None, **headers):
    response = client.get(URL, params or {}, headers=headers)
    assert response.status_code == 200, response.content[:300]
    return response, json.loads(response.content)


def names(collection):
    return sorted(feature["properties"]["name"] for feature in collection["features"])


def listed(params):
    """The titles of the services the catalogue's list shows for ``params`` (every one of the
    sample has one public place except the shelter with the secret address)."""
    query = CatalogueQuery.from_params(QueryDict(params))
    return sorted(card.title for card in query.results().object_list if card.points)


@pytest.fixture
def secret_with_coordinates(sample):
    """The secret shelter's place, with coordinates and a street an editor filled in anyway."""
    place = sample["secret"].places.get()
    place.street = SECRET_STREET
    place.latitude, place.longitude = Decimal("49.834567"), Decimal("18.281234")
    place.save()
    return place


def test_collection_of_every_public_place(client, sample, secret_with_coordinates):
    response, collection = geojson(client)

    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    assert collection["type"] == "FeatureCollection"
    assert names(collection) == [
        "Azylový dům Poruba",
        "Azylový dům pro muže",
        "Domov pro seniory Ukázka",
        "Poradna pro pěstounskou péči",
    ]
    assert collection["services"] == 5
    assert collection["mapped_services"] == 4
    shelter = next(f for f in collection["features"] if f["properties"]["name"].endswith("muže"))
    assert shelter["geometry"] == {"type": "Point", "coordinates": [18.264, 49.812]}
    assert shelter["properties"] == {
        "name": "Azylový dům pro muže",
        "url": sample["shelter"].full_url,
        "provider": "Charita Ukázková",
        "address": "Ruská 2012/58, 703 00 Ostrava",
        "phone": "+420 599 000 111",
    }


def test_secret_address_never_appears(client, sample, secret_with_coordinates):
    response, collection = geojson(client, {"q": "obeti domaciho nasili"})

    assert collection["services"] == 1  # the list finds it …
    assert collection["features"] == []  # … the map shows nothing of it
    for params in ({}, {"q": "obeti domaciho nasili"}, {"obvod": "vitkovice"}):
        text = client.get(URL, params).content.decode()
        assert SECRET_STREET not in text
        assert "49.834567" not in text and "18.281234" not in text
        assert "domácího násilí" not in text


@pytest.mark.parametrize(
    "params",
    [
        "",
        "q=azylovy+dum",
        "q=azylovi+dum",  # a typo the list corrects
        "q=domov+azyl",  # no service matches both words: the list matches part of them
        "obvod=poruba",
        "situace=nemam-kde-prespat",
        "oblast=seniori&forma=pobytova",
        "q=poradna&skupina=rodiny-s-ditetem-detmi",
        "q=neexistujicisluzba",
    ],
)
def test_features_match_the_list(client, sample, secret_with_coordinates, params):
    _, collection = geojson(client, QueryDict(params))

    assert names(collection) == listed(params)


def test_a_place_per_feature(client, sample):
    ServicePlace.objects.create(
        service=sample["seniors"],
        name="Domov Ukázka – pobočka Poruba",
        street="Hlavní třída 1",
        postcode="708 00",
        district=District.objects.get(slug="poruba"),
        latitude=Decimal("49.830000"),
        longitude=Decimal("18.170000"),
    )
    ServicePlace.objects.create(service=sample["foster"], name="Bez souřadnic", street="Nová 1")

    _, collection = geojson(client, {"q": "domov pro seniory"})

    places = [f["properties"].get("place", f["properties"]["name"]) for f in collection["features"]]
    assert sorted(places) == [
        "Domov Ukázka – pobočka Poruba",
        "Domov pro seniory Ukázka",
    ]
    assert "Bez souřadnic" not in json.dumps(geojson(client)[1], ensure_ascii=False)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"obvod": "atlantida"}, "Filtr „Městský obvod“ nezná hodnotu „atlantida“"),
        ({"strana": "abc"}, "Stránka „abc“ neexistuje"),
        ({"q": "x" * 5000}, "Hledaný text je příliš dlouhý"),
        ({"q": "?!"}, "V hledaném textu nejsou žádná slova"),
    ],
)
def test_bad_parameters_are_ignored_with_the_lists_czech_message(client, sample, params, message):
    _, collection = geojson(client, params)

    assert any(text.startswith(message) for text in collection["messages"]), collection["messages"]


@pytest.mark.parametrize(
    "query_string",
    ["razeni=%00", "q=%ff%fe", "obvod[]=x&obvod=", "q=" + "a%20" * 3000, "situace=" + "x" * 9000],
)
def test_malformed_parameters_never_fail(client, sample, query_string):
    response = client.get(f"{URL}?{query_string}")

    assert response.status_code == 200
    assert json.loads(response.content)["type"] == "FeatureCollection"


def test_cacheable_like_the_open_data_api(client, sample):
    response, _ = geojson(client, {"obvod": "poruba"})

    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["ETag"].startswith('W/"')
    again = client.get(URL, {"obvod": "poruba"}, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    other = client.get(URL, {"obvod": "vitkovice"}, headers={"If-None-Match": response["ETag"]})
    assert other.status_code == 200


def test_an_edit_changes_the_etag(client, sample):
    response, _ = geojson(client)
    shelter = sample["shelter"]
    shelter.title = "Azylový dům pro muže Ostrava"
    shelter.save_revision().publish()

    again = client.get(URL, headers={"If-None-Match": response["ETag"]})

    assert again.status_code == 200
    assert "Azylový dům pro muže Ostrava" in names(json.loads(again.content))


@pytest.fixture
def build(catalogue):
    """``size`` shelters, each with a place (one in ten secret) and its own target group."""

    def make(size):
        provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
        for n in range(size):
            f.service(
                provider,
                f"Azylový dům číslo {n}",
                f"azylovy-dum-{n}",
                secret=n % 10 == 0,
                target_groups=[f.TargetGroupFactory(name=f"skupina {n}")],
            )

    return make


QUERY_BOUND = 12  # 10 without a text, 11 with one (site, catalogue state, index, places, phones…)


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize("params", [{}, {"q": "azylovy dum", "skupina": "skupina-1"}])
def test_query_count_does_not_grow_with_the_results(
    client, catalogue, build, django_assert_max_num_queries, size, params
):
    build(size)
    client.get(URL, params)  # warm the vocabularies' cache

    with django_assert_max_num_queries(QUERY_BOUND):
        response = client.get(URL, params)

    assert response.status_code == 200


def test_places_are_encoded_once_and_renewed_by_a_publication(
    client, catalogue, build, django_assert_max_num_queries
):
    """The features of every public place are read once (two queries) and reused by the next
    search, whatever it finds; a publication renews them."""
    build(12)
    _, first = geojson(client, {"q": "azylovy dum"})
    assert len(first["features"]) == 10  # 12 services, two of them secret

    with django_assert_max_num_queries(QUERY_BOUND - 2) as context:
        _, narrower = geojson(client, {"q": "azylovy dum", "skupina": "skupina-1"})
    assert not [q for q in context.captured_queries if "catalogue_serviceplace" in q["sql"]]
    assert names(narrower) == ["Azylový dům číslo 1"]

    service = ServicePage.objects.get(title="Azylový dům číslo 1")
    service.title = "Azylový dům Jedna"
    service.save_revision().publish()
    _, renewed = geojson(client, {"q": "azylovy dum", "skupina": "skupina-1"})
    assert names(renewed) == ["Azylový dům Jedna"]
