"""Near me and by place: ``?poloha=<lat>,<lon>`` and ``?kde=<place>`` sort the catalogue by
distance and show it; whatever is in those parameters, the page answers with a Czech message."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import District, ServicePlace
from catalogue.search.distance import distance_label, metres_between, read_position
from catalogue.search.sources import index_services_at
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

PORUBA = (49.830, 18.165)
ZABREH = (49.796, 18.247)
SLEZSKA = (49.836, 18.306)
RESULT_TITLE = re.compile(r'<h3 class="service-card__title"><a href="[^"]*">([^<]+)</a>')


def titles(response):
    return RESULT_TITLE.findall(response.text)


def place_at(service, position, **fields):
    """Move the service's place, as the address register's import does (which re-indexes)."""
    places = ServicePlace.objects.filter(service=service)
    places.update(
        latitude=Decimal(f"{position[0]:.6f}"), longitude=Decimal(f"{position[1]:.6f}"), **fields
    )
    index_services_at(places.values_list("pk", flat=True))


@pytest.fixture
def spread(catalogue):
    """Counselling in Poruba, Zábřeh and Slezská Ostrava; a shelter whose secret address has
    coordinates (in Poruba); a phone line without any coordinates."""
    provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    services = {}
    for name, position in [("Poruba", PORUBA), ("Zábřeh", ZABREH), ("Slezská", SLEZSKA)]:
        services[name] = f.service(
            provider,
            f"Poradna {name}",
            f"poradna-{name.lower()}",
            district=District.objects.create(name=f"Obvod {name}"),
        )
        place_at(services[name], position)
    services["secret"] = f.service(provider, "Azylový dům Utajený", "azylovy-dum-utajeny")
    place_at(services["secret"], PORUBA, address_secret=True)
    services["phone"] = f.service(provider, "Linka důvěry", "linka-duvery")
    ServicePlace.objects.filter(service=services["phone"]).update(latitude=None, longitude=None)
    index_services_at(ServicePlace.objects.filter(service=services["phone"]).values("pk"))
    return services


def test_position_sorts_by_distance_nearest_first(client, spread):
    response = client.get("/katalog/", {"poloha": "49.8301,18.1652"})

    assert response.status_code == 200
    found = titles(response)
    assert found[:3] == ["Poradna Poruba", "Poradna Zábřeh", "Poradna Slezská"]
    assert set(found[3:]) == {"Azylový dům Utajený", "Linka důvěry"}, "no distance, last"
    assert "seřazeno podle vzdálenosti" in response.text


def test_a_secret_address_never_gives_a_distance(client, spread):
    response = client.get("/katalog/", {"poloha": f"{PORUBA[0]},{PORUBA[1]}"})

    secret_card = response.text.split("Azylový dům Utajený")[1].split("</li>\n")[0]
    assert "km" not in secret_card
    assert "service-card__distance" not in secret_card


def test_named_place_sorts_by_distance_and_shows_it(client, spread):
    response = client.get("/katalog/", {"kde": "Ostrava-Zábřeh"})

    assert titles(response)[0] == "Poradna Zábřeh"
    assert "Blízko: Zábřeh (Ostrava-Jih)" in response.text
    distances = re.findall(r'class="service-card__distance">.*?(\d+,\d) km', response.text)
    assert distances[0] == "0,1", distances
    assert len(distances) == 3


def test_postcode_is_a_place(client, spread):
    response = client.get("/katalog/", {"kde": "70800"})

    assert titles(response)[0] == "Poradna Poruba"


def test_a_typed_place_wins_over_a_position(client, spread):
    response = client.get("/katalog/", {"kde": "Slezská Ostrava", "poloha": "49.83,18.165"})

    assert titles(response)[0] == "Poradna Slezská"


def test_sorting_by_name_keeps_the_distances(client, spread):
    response = client.get("/katalog/", {"kde": "Zábřeh", "razeni": "nazev"})

    assert titles(response) == sorted(titles(response))
    assert "service-card__distance" in response.text


def test_distance_sort_without_a_place_falls_back(client, spread):
    response = client.get("/katalog/", {"razeni": "vzdalenost"})

    assert response.status_code == 200
    assert titles(response) == sorted(titles(response))
    assert "service-card__distance" not in response.text


def test_links_keep_the_place_and_the_chip_removes_it(client, spread):
    response = client.get("/katalog/", {"kde": "Zábřeh", "q": "poradna"})

    chip = re.search(r'<a href="\?([^"]*)">Blízko: ', response.text).group(1)
    assert "kde" not in chip and "q=poradna" in chip
    assert 'name="kde" value="Zábřeh"' in response.text


def test_position_is_kept_in_the_form_and_in_links(client, spread):
    response = client.get("/katalog/", {"poloha": "49.83,18.165"})

    assert '<input type="hidden" name="poloha" value="49.83000,18.16500">' in response.text
    assert "poloha=49.83000%2C18.16500" in response.text  # the print link


def test_text_search_sorted_by_distance_keeps_its_matches(client, spread):
    response = client.get("/katalog/", {"q": "poradna", "poloha": f"{SLEZSKA[0]},{SLEZSKA[1]}"})

    assert titles(response) == ["Poradna Slezská", "Poradna Zábřeh", "Poradna Poruba"]


@pytest.mark.parametrize(
    "position",
    [
        "abc",
        "49.8",
        "49.8,18.2,1",
        "49.8;18.2",
        "91,18",
        "49,181",
        "-91,-18",
        "nan,18",
        "49,inf",
        "1e400,18",
        ",",
        "49.8, ",
        "x" * 10_000,
        "49.8\x00,18.2",
    ],
)
def test_malformed_position_gives_a_czech_message_and_the_list(client, spread, position):
    response = client.get("/katalog/", {"poloha": position})

    assert response.status_code == 200
    assert "se nepodařilo přečíst" in response.text
    assert len(titles(response)) == 5
    assert "service-card__distance" not in response.text
    assert 'name="poloha"' not in response.text.split('role="search"')[1].split("</form>")[0]


def test_unknown_place_gives_suggestions_and_the_list(client, spread):
    response = client.get("/katalog/", {"kde": "Porba"})

    assert response.status_code == 200
    assert "Místo „Porba“ jsme nenašli." in response.text
    assert "Měli jste na mysli:" in response.text
    assert re.search(r'<a href="\?kde=Poruba">Poruba</a>', response.text)
    assert len(titles(response)) == 5


@pytest.mark.parametrize("place", ["Atlantida", "x" * 10_000, "<script>alert(1)</script>", "\x00"])
def test_place_that_is_nowhere_gives_a_message_never_an_error(client, spread, place):
    response = client.get("/katalog/", {"kde": place})

    assert response.status_code == 200
    assert len(titles(response)) == 5
    assert "<script>alert(1)" not in response.text


def test_a_filter_that_matches_nothing_gives_a_czech_message_and_the_situations(client, spread):
    situation = f.situation("Nemám kde přespat", "nemam-kde-prespat")
    response = client.get("/katalog/", {"q": "linka", "obvod": "obvod-poruba", "kde": "Poruba"})

    assert response.status_code == 200
    assert "Nenalezli jsme žádnou službu." in response.text
    assert "Zkuste hledání rozšířit" in response.text
    assert f"?situace={situation.slug}" in response.text


def test_the_catalogue_allows_geolocation_and_other_pages_do_not(client, spread, home_page):
    catalogue = client.get("/katalog/")
    home = client.get("/")

    assert "geolocation=(self)" in catalogue["Permissions-Policy"]
    assert "camera=()" in catalogue["Permissions-Policy"]
    assert "geolocation=()" in home["Permissions-Policy"]


@pytest.mark.parametrize("size", [3, 30])
def test_sorting_by_distance_costs_two_queries_more_whatever_the_size(
    client, catalogue, django_assert_max_num_queries, size
):
    """Every match's id and every place's coordinates: two queries, not one per service."""
    provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    for n in range(size):
        service = f.service(provider, f"Poradna {n}", f"poradna-{n}")
        place_at(service, (49.80 + n / 1000, 18.20))
    text = {"q": "poradna"}
    near = {**text, "poloha": "49.8,18.2"}
    assert client.get("/katalog/", text).status_code == 200
    assert client.get("/katalog/", near).status_code == 200
    with CaptureQueriesContext(connection) as baseline:
        client.get("/katalog/", text)
    with django_assert_max_num_queries(len(baseline) + 2):
        response = client.get("/katalog/", near)
    assert titles(response)[:2] == ["Poradna 0", "Poradna 1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("49.83,18.29", (49.83, 18.29)),
        (" 49.83 , 18.29 ", (49.83, 18.29)),
        ("-33.9,151.2", (-33.9, 151.2)),
        ("90,180", (90.0, 180.0)),
        ("49,83,18,29", None),
        ("nan,nan", None),
        ("", None),
    ],
)
def test_read_position(text, expected):
    assert read_position(text) == expected


def test_distances_and_their_labels():
    # Masarykovo náměstí to the main railway station, about 2 km in a straight line.
    metres = metres_between(49.8357, 18.2925, 49.8535, 18.2685)
    assert 2_400 < metres < 2_700
    assert distance_label(1_234) == "1,2 km"
    assert distance_label(40) == "0,1 km"
    assert distance_label(9_960) == "10 km"
    assert distance_label(12_345) == "12 km"
