"""Maps on the catalogue's pages: only where there is a public place, never a secret one, and
with links to an external map for visitors without JavaScript."""

from decimal import Decimal

import pytest

from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

LEAFLET = "vendor/leaflet/leaflet"


def test_list_view_loads_no_map_but_offers_the_switch(client, sample):
    response = client.get("/katalog/", {"obvod": "poruba"})

    html = response.text
    assert LEAFLET not in html and "js/map.js" not in html
    assert 'aria-label="Zobrazení výsledků"' in html
    assert '<a href="/katalog/?obvod=poruba" aria-current="page">Seznam</a>' in html
    assert '<a href="/katalog/?obvod=poruba&amp;zobrazeni=mapa">Mapa</a>' in html


def test_map_view_keeps_the_list_and_loads_the_search_on_the_map(client, sample):
    response = client.get("/katalog/", {"obvod": "poruba", "zobrazeni": "mapa"})

    html = response.text
    assert f"{LEAFLET}.js" in html and "js/map.js" in html
    assert 'data-geojson="/katalog/mapa.geojson?obvod=poruba"' in html
    assert (
        '<a href="/katalog/?obvod=poruba&amp;zobrazeni=mapa" aria-current="page">Mapa</a>' in html
    )
    # Without JavaScript: the list and an external map of the same search.
    assert "Azylový dům Poruba" in html
    assert (
        "https://geojson.io/#data=data:text/x-url,"
        "http%3A//127.0.0.1%3A8000/katalog/mapa.geojson%3Fobvod%3Dporuba" in html
    )


def test_service_page_shows_a_map_of_its_public_places(client, sample):
    html = client.get(sample["shelter"].url).text

    assert f"{LEAFLET}.js" in html
    assert 'role="region" aria-label="Mapa míst služby"' in html
    assert '"coordinates": [18.264, 49.812]' in html
    assert "Zobrazit na mapě" in html
    assert "https://www.openstreetmap.org/?mlat=49.812&amp;mlon=18.264" in html


def test_secret_place_gets_no_map_even_with_coordinates(client, sample):
    secret = sample["secret"]
    place = secret.places.get()
    place.latitude, place.longitude = Decimal("49.834567"), Decimal("18.281234")
    place.save()

    html = client.get(secret.url).text

    assert LEAFLET not in html and "data-map" not in html
    assert "49.834567" not in html and "18.281234" not in html


def test_provider_page_maps_the_places_of_its_services(client, sample):
    html = client.get(sample["charity"].url).text

    assert 'aria-label="Mapa míst služeb organizace"' in html
    assert html.count('"type": "Feature"') == 2  # the secret shelter's place is left out
    assert '"url": "/katalog/charita-ukazkova/azylovy-dum-poruba/"' in html


def test_event_page_maps_its_venue_and_an_online_event_has_no_map(client, home_page):
    index = EventIndexPageFactory(parent=home_page)
    venue = EventPageFactory(
        parent=index,
        venue_name="Nová radnice",
        venue_address="Prokešovo náměstí 8, 702 00 Ostrava",
        latitude=Decimal("49.8347"),
        longitude=Decimal("18.2820"),
    )
    online = EventPageFactory(parent=index, online_url="https://example.org/prenos")

    html = client.get(venue.url).text
    assert 'aria-label="Mapa místa konání"' in html
    assert '"name": "Nov\\u00e1 radnice"' in html
    assert LEAFLET not in client.get(online.url).text


def test_pages_without_a_map_load_no_leaflet(client, sample):
    for url in ["/", "/katalog/", "/katalog/?q=azylovy+dum", "/katalog/tisk/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert LEAFLET not in response.text and "js/map.js" not in response.text, url
