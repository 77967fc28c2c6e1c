"""A result card tells a citizen on a phone what they need to decide: the phone number to tap,
the form, where the service helps, whether it is open today and how far it is."""

import re
from datetime import UTC, date, datetime, time

import pytest

from catalogue import cards
from catalogue.models import District, OpeningHours, ProviderPhone, ServiceContact
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

EVERY_DAY = range(7)
MONDAY = date(2026, 11, 30)


def card_of(response, title):
    """The HTML of the result card whose title is ``title``."""
    for card in response.text.split('<li class="service-card">')[1:]:
        if f">{title}</a>" in card:
            return card.split("</dl>")[0]
    raise AssertionError(f"no card for {title!r}")


def hours(*rows):
    return [
        OpeningHours(weekday=day, opens=time(*opens), closes=time(*closes))
        for day, opens, closes in rows
    ]


@pytest.fixture
def services(catalogue):
    provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    poruba = District.objects.create(name="Poruba")
    today = cards.today().weekday()
    return {
        "open": f.service(
            provider,
            "Poradna otevřená",
            "poradna-otevrena",
            district=poruba,
            forms=[f.ServiceFormFactory(name="ambulantní"), f.ServiceFormFactory(name="terénní")],
            opening_hours=hours(*((day, (8,), (16,)) for day in EVERY_DAY)),
        ),
        "closed": f.service(
            provider,
            "Poradna dnes zavřená",
            "poradna-zavrena",
            opening_hours=hours(((today + 1) % 7, (9,), (12,))),
        ),
        "unknown": f.service(provider, "Poradna bez hodin", "poradna-bez-hodin", opening_hours=[]),
        "nonstop": f.service(
            provider, "Linka nonstop", "linka-nonstop", open_nonstop=True, opening_hours=[]
        ),
    }


def test_card_shows_the_phone_as_a_tel_link(client, services):
    response = client.get("/katalog/")

    card = card_of(response, "Poradna otevřená")
    assert '<a href="tel:+420599000111">' in card
    assert "+420 599 000 111" in card


def test_without_a_phone_of_its_own_the_card_shows_the_providers(client, services):
    service = services["unknown"]
    ServiceContact.objects.filter(service=service).delete()
    ProviderPhone.objects.create(provider=service.provider, number="596 111 222")
    service.provider.save_revision().publish()  # the index keeps the cards of its services

    card = card_of(client.get("/katalog/"), "Poradna bez hodin")

    assert '<a href="tel:596111222">' in card


def test_card_shows_forms_and_the_area(client, services):
    card = card_of(client.get("/katalog/"), "Poradna otevřená")

    assert re.search(r"<dt>Forma</dt><dd>ambulantní, terénní</dd>", card)
    assert "<dt>Obvod</dt><dd>Poruba</dd>" in card


def test_card_says_whether_the_service_is_open_today(client, services):
    response = client.get("/katalog/")

    assert "Dnes otevřeno 8:00–16:00" in card_of(response, "Poradna otevřená")
    assert "Dnes zavřeno" in card_of(response, "Poradna dnes zavřená")
    assert "Dnes otevřeno nonstop" in card_of(response, "Linka nonstop")
    unknown = card_of(response, "Poradna bez hodin")
    assert "Dnes" not in unknown


def test_card_shows_no_distance_without_a_place(client, services):
    assert "service-card__distance" not in client.get("/katalog/").text


def test_card_shows_the_distance_from_a_place(client, services):
    response = client.get("/katalog/", {"kde": "Vítkovice"})  # the factory's places are there

    card = card_of(response, "Poradna dnes zavřená")
    assert re.search(
        r'service-card__distance"><span class="visually-hidden">Vzdálenost: </span>0,1 km', card
    )


def test_cards_come_from_the_index_in_one_query(client, services, django_assert_num_queries):
    from catalogue.models import ServicePage

    ids = [services[name].pk for name in ("open", "closed", "unknown")]
    with django_assert_num_queries(1):
        listed = cards.cards_for_ids(ids, day=MONDAY)

    assert [card.title for card in listed] == [
        "Poradna otevřená",
        "Poradna dnes zavřená",
        "Poradna bez hodin",
    ]
    assert listed[0].forms == ["ambulantní", "terénní"]
    assert listed == cards.cards_for(
        ServicePage.objects.filter(pk__in=ids).order_by("pk").for_listing(), day=MONDAY
    )


def test_a_service_indexed_without_its_card_is_read_from_the_database(client, services):
    from portal.models import SearchEntry

    SearchEntry.objects.update(display=None)  # an index built before entries kept their cards

    card = card_of(client.get("/katalog/"), "Poradna otevřená")

    assert "Dnes otevřeno 8:00–16:00" in card
    assert "ambulantní, terénní" in card


def labelled(*rows, nonstop=False):
    return cards.hours_today_label(list(rows), MONDAY, nonstop)


def test_todays_hours_in_words():
    morning = OpeningHours(weekday=0, opens=time(8), closes=time(12))
    afternoon = OpeningHours(weekday=0, opens=time(13, 30), closes=time(16))
    tuesday = OpeningHours(weekday=1, opens=time(8), closes=time(12))

    assert labelled(afternoon, morning) == "Dnes otevřeno 8:00–12:00, 13:30–16:00"
    assert labelled(tuesday) == "Dnes zavřeno"
    assert labelled() == ""
    assert labelled(nonstop=True) == "Dnes otevřeno nonstop"
    assert (
        labelled(OpeningHours(weekday=0, kind=OpeningHours.Kind.BY_APPOINTMENT)) == "Dnes po dohodě"
    )
    assert (
        labelled(OpeningHours(weekday=0, kind=OpeningHours.Kind.ALL_DAY)) == "Dnes otevřeno nonstop"
    )


def test_today_is_the_day_in_ostrava(monkeypatch):
    half_past_eleven_utc = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)  # Monday 0:30 in Prague
    monkeypatch.setattr(cards.timezone, "now", lambda: half_past_eleven_utc)

    assert cards.today() == MONDAY


def test_cards_follow_a_renamed_term(client, services):
    service_type = services["open"].service_type
    service_type.name = "odborné sociální poradenství (nový název)"
    service_type.save()
    district = District.objects.get(name="Poruba")
    district.name = "Poruba-sever"
    district.save()

    card = card_of(client.get("/katalog/"), "Poradna otevřená")

    assert "<dd>odborné sociální poradenství (nový název)</dd>" in card
    assert "<dd>Poruba-sever</dd>" in card


def test_cards_follow_the_catalogue_to_its_new_address(
    client, services, catalogue, django_capture_on_commit_callbacks
):
    catalogue.slug = "sluzby"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail tells of it on commit
        catalogue.save_revision().publish()

    response = client.get("/sluzby/")

    assert 'href="/sluzby/charita-ukazkova/poradna-otevrena/"' in card_of(
        response, "Poradna otevřená"
    )
    assert "/katalog/" not in response.text.split('<ul class="service-list"')[-1]


def test_a_card_stored_in_an_older_shape_is_read_from_the_database(client, services):
    from portal.models import SearchEntry

    entry = SearchEntry.objects.get(kind="sluzba", object_id=services["open"].pk)
    entry.display = {"version": 0, "title": "Starý tvar karty"}  # before a change of listing_of
    entry.save()

    response = client.get("/katalog/")

    assert response.status_code == 200
    assert "Starý tvar karty" not in response.text
    assert "Dnes otevřeno 8:00–16:00" in card_of(response, "Poradna otevřená")
