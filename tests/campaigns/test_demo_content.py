"""The demo shows the campaign "Dejme dětem rodinu" with its history and upcoming events."""

import pytest

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
)
from catalogue.models import LifeSituation, ServicePage

pytestmark = pytest.mark.django_db

PAGE_TYPES = (CampaignIndexPage, CampaignPage, EventIndexPage, EventPage, NewsIndexPage, NewsPage)


def test_demo_visitor_finds_the_campaign_its_history_and_upcoming_events(client, demo_site):
    campaign = client.get("/kampane/dejme-detem-rodinu/").content.decode()
    upcoming = client.get("/akce/").content.decode()
    archive_2012 = client.get("/akce/?od=2012-01-01&do=2012-12-31").content.decode()
    meeting = client.get(
        "/akce/setkani-pracovni-skupiny-deti-a-rodina-2018-04-19/"
    ).content.decode()

    assert all(model.objects.live().exists() for model in PAGE_TYPES)
    assert "Laici soupeří, profesionálové spolupracují." in campaign
    assert "cca 130" in campaign and "Pěstounská péče na přechodnou dobu" in campaign
    assert "Žádná akce neodpovídá" not in upcoming
    assert "Konference Dejme dětem rodinu" in upcoming
    assert "Biologický rodič v očích a mysli dítěte, pěstouna a odborníka" in archive_2012
    assert "čtvrtek 19. dubna 2018, 13:00–15:00" in meeting
    assert "Bílý nosorožec" in meeting


def test_campaign_lists_catalogue_services_for_a_life_situation(client, demo_site):
    campaign = CampaignPage.objects.get(slug="dejme-detem-rodinu")
    situation = LifeSituation.objects.get(slug="chci-se-stat-pestounem")
    expected = (
        ServicePage.objects.live()
        .for_situations([situation])
        .exclude(pk__in=[block.value.pk for block in campaign.related_services])
    )
    campaign.service_situations = [("situation", situation)]
    campaign.save_revision().publish()

    html = client.get(campaign.url).content.decode()
    services = html.split('id="sluzby"')[1].split("</section>")[0]

    assert "Poradna pro náhradní rodinnou péči Ostrava" in services
    assert expected.order_by("title").first().title in services
    assert services.count("<li>") == min(12, len(campaign.related_services) + expected.count())
