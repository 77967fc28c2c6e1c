"""A visitor reads news and campaigns, and finds them on the home page."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.campaigns.factories import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_visitor_reads_news_newest_first(client, news_index, django_assert_max_num_queries):
    NewsPageFactory(parent=news_index, title="Starší zpráva", date=date(2011, 6, 1))
    NewsPageFactory(parent=news_index, title="Novější zpráva", date=date(2013, 5, 31))

    with django_assert_max_num_queries(16):
        html = client.get("/aktuality/").content.decode()

    assert html.index("Novější zpráva") < html.index("Starší zpráva")
    assert "31. května 2013" in html


def test_news_list_pages_through_many_items(client, news_index):
    for number in range(12):
        NewsPageFactory(parent=news_index, date=date(2020, 1, 1) + timedelta(days=number))

    first = client.get("/aktuality/").content.decode()
    garbage = client.get("/aktuality/?strana=nesmysl")

    assert "Stránka 1 z 2" in first
    assert garbage.status_code == 200


def test_reader_subscribes_to_news_by_rss(client, news_index):
    NewsPageFactory(parent=news_index, title="Kampaň zahájena", introduction="Ke Dni dětí.")

    response = client.get("/aktuality/rss/")
    channel = ET.fromstring(response.content).find("channel")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.find("item/title").text == "Kampaň zahájena"
    assert channel.find("item/description").text == "Ke Dni dětí."
    assert channel.find("item/link").text.endswith("/aktuality/kampan-zahajena/")


def test_visitor_finds_next_events_and_latest_news_on_the_home_page(
    client, home_page, event_index, news_index, django_assert_max_num_queries
):
    soon = timezone.now() + timedelta(days=3)
    EventPageFactory(parent=event_index, title="Nejbližší konference", start=soon)
    for number in range(5):
        EventPageFactory(parent=event_index, start=soon + timedelta(days=10 + number))
    EventPageFactory(parent=event_index, title="Proběhlá akce", start=soon - timedelta(days=30))
    NewsPageFactory(parent=news_index, title="Čerstvá aktualita")

    with django_assert_max_num_queries(20):
        html = client.get("/").content.decode()

    assert '<h2 id="home-events-title">Nejbližší akce</h2>' in html
    assert "Nejbližší konference" in html
    assert "Proběhlá akce" not in html
    assert html.count('<li class="event-teaser') == 3
    assert "Čerstvá aktualita" in html


def test_visitor_reads_a_campaign_with_its_events_and_news(
    client, campaign, event_index, news_index
):
    soon = timezone.now() + timedelta(days=3)
    EventPageFactory(parent=event_index, title="Seminář kampaně", start=soon, campaign=campaign)
    EventPageFactory(parent=event_index, title="Cizí akce", start=soon)
    EventPageFactory(
        parent=event_index,
        title="Loňská konference",
        start=soon - timedelta(days=365),
        campaign=campaign,
    )
    NewsPageFactory(parent=news_index, title="Zpráva z kampaně", campaign=campaign)

    html = client.get(campaign.url).content.decode()

    assert "<h1>Dejme dětem rodinu</h1>" in html
    assert "Seminář kampaně" in html
    assert "Loňská konference" in html.split("Proběhlé akce")[1]
    assert "Cizí akce" not in html
    assert "Zpráva z kampaně" in html


def test_visitor_sees_the_list_of_campaigns(client, campaign):
    html = client.get("/kampane/").content.decode()

    assert f'<a href="{campaign.url}">Dejme dětem rodinu</a>' in html
