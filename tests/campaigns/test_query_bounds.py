"""Campaign, event and news pages cost the same number of SQL queries with 3 items as with 30."""

from datetime import timedelta

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from tests.campaigns.factories import CampaignPageFactory, EventPageFactory, NewsPageFactory
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def queries(client, url, bound, assert_max, **params):
    """Render ``url`` once to warm caches, then count the queries of a second render."""
    assert client.get(url, params).status_code == 200
    with assert_max(bound) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def documents(count):
    Document = get_document_model()
    made = []
    for number in range(count):
        document = Document(title=f"Materiál {number}")
        document.file.save(f"material-{number}.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document._set_document_file_metadata()
        document.save()
        made.append(document)
    return made


def images(count):
    return [wagtail_factories.ImageFactory(title=f"Obrázek {n}") for n in range(count)]


def events(parent, count, **fields):
    start = timezone.now() + timedelta(days=2)
    return [
        EventPageFactory(parent=parent, start=start + timedelta(days=n), **fields)
        for n in range(count)
    ]


@pytest.mark.parametrize("size", SIZES)
def test_campaign_index(client, campaign_index, django_assert_max_num_queries, size):
    pictures = images(size)
    for n in range(size):
        CampaignPageFactory(parent=campaign_index, hero_image=pictures[n])
    queries(client, campaign_index.url, 14, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_campaign_with_events_news_partners_materials_and_services(
    client, home_page, campaign_index, event_index, news_index, django_assert_max_num_queries, size
):
    catalogue = catalogue_factories.catalogue_index(home_page)
    provider = catalogue_factories.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    services = [
        catalogue_factories.service(provider, f"Služba {n}", f"sluzba-{n}") for n in range(size)
    ]
    logos = images(size)
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="Dejme dětem rodinu",
        timeline=[
            ("entry", {"year": 2000 + n, "title": f"Rok {n}", "text": ""}) for n in range(size)
        ],
        partners=[("provider", {"page": provider, "role": "partner"})] * size
        + [
            ("organisation", {"name": f"Firma {n}", "url": "", "logo": logos[n], "role": ""})
            for n in range(size)
        ],
        materials=[("document", {"document": doc, "title": ""}) for doc in documents(size)],
        related_services=[("service", service) for service in services],
    )
    events(event_index, size, campaign=campaign)
    for _n in range(size):
        NewsPageFactory(parent=news_index, campaign=campaign)
    queries(client, campaign.url, 22, django_assert_max_num_queries)
    queries(client, campaign.url + "kalendar.ics", 12, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_event_with_programme_speakers_and_documents(
    client, event_index, django_assert_max_num_queries, size
):
    photos = images(size)
    event = EventPageFactory(
        parent=event_index,
        programme=[
            (
                "slot",
                {
                    "start": "09:00",
                    "end": "10:00",
                    "title": f"Blok {n}",
                    "speakers": "",
                    "description": "",
                },
            )
            for n in range(size)
        ],
        speakers=[
            ("speaker", {"name": f"Řečník {n}", "role": "", "bio": "", "photo": photos[n]})
            for n in range(size)
        ],
        documents=[("document", {"document": doc, "title": ""}) for doc in documents(size)],
    )
    queries(client, event.url, 17, django_assert_max_num_queries)
    queries(client, event.url + "kalendar.ics", 11, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_events_list_month_view_and_feed(
    client, event_index, campaign, django_assert_max_num_queries, size
):
    events(event_index, size, campaign=campaign)
    month = (timezone.localdate() + timedelta(days=2)).strftime("%Y-%m")
    queries(client, event_index.url, 16, django_assert_max_num_queries)
    queries(client, event_index.url, 16, django_assert_max_num_queries, mesic=month)
    queries(client, event_index.url, 16, django_assert_max_num_queries, kampan=campaign.slug)
    queries(client, event_index.url + "kalendar.ics", 10, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_news_list_feed_and_item(client, news_index, campaign, django_assert_max_num_queries, size):
    pictures = images(size)
    news = [
        NewsPageFactory(parent=news_index, campaign=campaign, image=pictures[n])
        for n in range(size)
    ]
    queries(client, news_index.url, 15, django_assert_max_num_queries)
    queries(client, news_index.url + "rss/", 10, django_assert_max_num_queries)
    queries(client, news[0].url, 17, django_assert_max_num_queries)
