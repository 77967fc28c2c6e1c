"""A visitor browses the events calendar at /akce/."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from campaigns.models import EventCategory, EventStatus
from campaigns.recurrence import PRAGUE
from tests.campaigns.factories import CampaignPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def at(day, hour=10):
    return datetime.combine(day, time(hour), tzinfo=PRAGUE)


def test_visitor_sees_upcoming_events_soonest_first_and_no_past_ones(client, event_index):
    today = timezone.localdate()
    EventPageFactory(parent=event_index, title="Za měsíc", start=at(today + timedelta(days=30)))
    EventPageFactory(parent=event_index, title="Za týden", start=at(today + timedelta(days=7)))
    EventPageFactory(parent=event_index, title="Loni", start=at(today - timedelta(days=365)))

    html = client.get("/akce/").content.decode()

    assert "<h1>Akce</h1>" in html
    assert html.index("Za týden") < html.index("Za měsíc")
    assert "Loni" not in html.split("Archiv akcí")[0]
    assert "Nalezeny 2 akce." in html


def test_visitor_uses_quick_filter_for_tomorrow(client, event_index):
    tomorrow = timezone.localdate() + timedelta(days=1)
    EventPageFactory(parent=event_index, title="Zítřejší seminář", start=at(tomorrow))
    EventPageFactory(parent=event_index, title="Pozdější", start=at(tomorrow + timedelta(days=3)))

    listing = client.get("/akce/").content.decode()
    html = client.get(f"/akce/?od={tomorrow:%Y-%m-%d}&do={tomorrow:%Y-%m-%d}").content.decode()

    assert f'href="?od={tomorrow:%Y-%m-%d}&amp;do={tomorrow:%Y-%m-%d}">Zítra</a>' in listing
    assert "Zítřejší seminář" in html
    assert "Pozdější" not in html
    assert 'aria-current="true">Zítra</a>' in html


def test_visitor_filters_by_category_and_campaign(client, event_index, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, title="Dejme dětem rodinu")
    other = CampaignPageFactory(parent=campaign_index, title="Jiná kampaň")
    EventPageFactory(
        parent=event_index,
        title="Konference kampaně",
        category=EventCategory.CONFERENCE,
        campaign=campaign,
    )
    EventPageFactory(
        parent=event_index,
        title="Jiná konference",
        category=EventCategory.CONFERENCE,
        campaign=other,
    )
    EventPageFactory(parent=event_index, title="Seminář kampaně", campaign=campaign)

    html = client.get(f"/akce/?kategorie=konference&kampan={campaign.slug}").content.decode()

    assert "Konference kampaně" in html
    assert "Jiná konference" not in html
    assert "Seminář kampaně" not in html


def test_visitor_browses_the_archive_of_a_year(client, event_index):
    EventPageFactory(parent=event_index, title="Konference 2012", start=at(datetime(2012, 11, 15)))
    EventPageFactory(parent=event_index, title="Konference 2013", start=at(datetime(2013, 11, 14)))

    listing = client.get("/akce/").content.decode()
    html = client.get("/akce/?od=2012-01-01&do=2012-12-31").content.decode()

    assert 'href="?od=2013-01-01&amp;do=2013-12-31">2013</a>' in listing
    assert "Konference 2012" in html
    assert "Konference 2013" not in html.split("Archiv akcí")[0]


def test_visitor_sees_a_month_view_without_javascript(client, event_index):
    EventPageFactory(parent=event_index, title="Listopadová akce", start=at(datetime(2026, 11, 19)))

    response = client.get("/akce/?mesic=2026-11")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Akce v měsíci listopad 2026" in html
    assert "<table" in html and "čtvrtek 19. listopadu" in html
    assert "Listopadová akce" in html
    assert 'href="?mesic=2026-12"' in html and 'href="?mesic=2026-10"' in html


def test_repeating_meeting_appears_every_month_of_a_range(client, event_index):
    EventPageFactory(
        parent=event_index,
        title="Setkání skupiny",
        start=at(datetime(2026, 1, 15), 13),
        end=at(datetime(2026, 1, 15), 15),
        recurrence_rule="FREQ=MONTHLY;BYDAY=3TH",
    )

    html = client.get("/akce/?od=2026-02-01&do=2026-04-30").content.decode()

    assert html.count("Setkání skupiny") == 3
    assert "čtvrtek 19. března 2026, 13:00–15:00" in html


@pytest.mark.parametrize(
    "query",
    [
        "?od=garbage&kategorie=neznama",
        "?kampan=neexistuje&mesic=2026-13&strana=abc",
        "?do=31.02.2026&od=2026-99-01",
        "?mesic=x&strana=999999",
    ],
)
def test_bad_parameters_give_czech_messages_not_errors(client, event_index, query):
    EventPageFactory(parent=event_index, title="Akce, která se ukáže")

    response = client.get("/akce/" + query)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Některé parametry jsme nepoužili" in html
    assert "Akce, která se ukáže" in html


def test_visitor_is_told_when_end_date_precedes_start_date(client, event_index):
    html = client.get("/akce/?od=2026-05-10&do=2026-05-01").content.decode()

    assert "Datum „do“ nesmí být dříve než datum „od“." in html
    assert 'aria-invalid="true"' in html


def test_unknown_category_is_named_in_the_message(client, event_index):
    html = client.get("/akce/?kategorie=neznama").content.decode()

    assert "Druh akce „neznama“ neznáme; zobrazujeme všechny." in html


def test_cancelled_event_is_clearly_marked_in_the_listing(client, event_index):
    EventPageFactory(
        parent=event_index,
        title="Zrušený seminář",
        status=EventStatus.CANCELLED,
        status_note="Lektorka onemocněla.",
    )

    html = client.get("/akce/").content.decode()

    assert "<strong>Zrušeno.</strong> Lektorka onemocněla." in html


@pytest.mark.parametrize("count", [3, 30])
def test_listing_needs_a_bounded_number_of_queries(
    client, event_index, campaign, count, django_assert_max_num_queries
):
    today = timezone.localdate()
    for number in range(count):
        EventPageFactory(
            parent=event_index,
            start=at(today + timedelta(days=number + 1)),
            campaign=campaign if number % 2 else None,
        )
    EventPageFactory(
        parent=event_index,
        start=at(today - timedelta(days=400)),
        recurrence_rule="FREQ=MONTHLY",
    )

    with django_assert_max_num_queries(16):
        response = client.get("/akce/")
    with django_assert_max_num_queries(16):
        client.get(f"/akce/?mesic={today:%Y-%m}&kampan={campaign.slug}")

    assert response.status_code == 200
