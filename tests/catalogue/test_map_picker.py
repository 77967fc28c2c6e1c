"""The admin's map picker for the coordinates of a service's place and of an event's venue."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

LOOKUP = "/admin/mista/hledat/"


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("koordinator", "k@example.org", "heslo")
    client.force_login(user)
    return user


def test_service_place_has_a_picker_over_plain_number_fields(client, coordinator, sample):
    html = client.get(f"/admin/pages/{sample['shelter'].pk}/edit/").text

    # The number fields stay (the picker only helps); its script comes with the form.
    assert 'type="number" name="places-0-latitude"' in html
    assert 'type="number" name="places-0-longitude"' in html
    assert 'data-latitude="id_places-0-latitude" data-longitude="id_places-0-longitude"' in html
    assert f'data-lookup="{LOOKUP}"' in html
    assert "js/admin-map-picker.js" in html and "vendor/leaflet/leaflet.js" in html
    # Hidden until its script runs: without JavaScript nothing but the numbers shows.
    assert 'class="map-picker" id="id_places-0-latitude-mapa" data-map-picker hidden' in html
    assert "Najít adresu nebo místo" in html
    # A place added later gets one too (the inline panel's template).
    assert 'data-latitude="id_places-__prefix__-latitude"' in html


def test_event_venue_has_a_picker(client, coordinator, home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))

    html = client.get(f"/admin/pages/{event.pk}/edit/").text

    assert 'data-latitude="id_latitude" data-longitude="id_longitude"' in html
    assert 'type="number" name="latitude"' in html


def test_lookup_finds_parts_of_town_and_known_public_addresses(client, coordinator, sample):
    found = client.get(LOOKUP, {"q": "Poruba"}).json()

    first = found["results"][0]
    assert first["name"].startswith("Poruba")
    assert 49.7 < first["latitude"] < 49.9 and 18.0 < first["longitude"] < 18.4

    found = client.get(LOOKUP, {"q": "Ruská 2012"}).json()
    assert found["results"][0] == {
        "name": "Ruská 2012/58, 703 00 Ostrava",
        "latitude": 49.812,
        "longitude": 18.264,
    }


def test_lookup_never_offers_a_secret_address(client, coordinator, sample):
    place = sample["secret"].places.get()
    place.street = "Utajená 13"
    place.latitude, place.longitude = Decimal("49.834567"), Decimal("18.281234")
    place.save()

    text = client.get(LOOKUP, {"q": "Utajená 13"}).text

    assert "49.834567" not in text and "Utajen" not in text.split('"message"')[0]


@pytest.mark.parametrize("text", ["", "x", "\x00\x00", "☃" * 500, "%' OR 1=1 --", "70030"])
def test_lookup_answers_anything_in_czech(client, coordinator, sample, text):
    response = client.get(LOOKUP, {"q": text})

    assert response.status_code == 200
    data = response.json()
    assert data["results"] or data["message"]


def test_lookup_is_for_signed_in_admin_users_only(client, sample):
    response = client.get(LOOKUP, {"q": "Poruba"})

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
