"""The home page as a front door: life-situation tiles, the open consultation, the promoted
campaign, upcoming events and the newest news; a bounded number of queries."""

import datetime
import re
from html import unescape

import pytest
import wagtail_factories
from django.utils import timezone

from catalogue.models import LifeSituation
from plans.models.plan import PlanStatus
from portal.pictograms import PICTOGRAMS, pictogram_svg
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.catalogue.factories import catalogue_index, situation
from tests.plans.builders import consultation_plan, planning_index

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def section(html, element_id):
    """The HTML of the <section> labelled by the heading with ``element_id``."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{element_id}".*?</section>', html, flags=re.S
    )
    assert match, f"no section labelled by #{element_id}"
    return match.group(0)


def news_titles(html):
    news = section(html, "home-news-title")
    return [unescape(title) for title in re.findall(r'news-teaser__title"><a [^>]*>([^<]+)<', news)]


# The demo home page, as a visitor sees it


def test_demo_tiles_link_every_situation_to_the_catalogue_with_a_pictogram(client, demo_site):
    html = client.get("/").content.decode()
    tiles = section(html, "situations-title")
    situations = list(LifeSituation.objects.all())
    assert len(situations) >= 10
    for term in situations:
        assert f'href="/katalog/?situace={term.slug}"' in tiles, term.name
        assert term.pictogram, f"{term.name} has no pictogram in the demo"
    links = re.findall(r'<a class="situation-tile__link"[^>]*>(.*?)</a>', tiles, flags=re.S)
    assert len(links) == len(situations)
    assert all('<svg class="situation-tile__icon"' in link for link in links)
    assert all('aria-hidden="true"' in link for link in links)  # decorative
    # The editors' order (sort_order), not the alphabet.
    names = [unescape(n) for n in re.findall(r'situation-tile__name">([^<]+)<', tiles)]
    assert names == [term.name for term in situations]
    # The tile's link leads to the catalogue filtered by the situation.
    response = client.get(f"/katalog/?situace={situations[0].slug}")
    assert response.status_code == 200


def test_demo_promotes_the_open_consultation_of_the_5th_plan(client, demo_site):
    html = client.get("/").content.decode()
    teaser = section(html, "consultation-teaser-title")
    assert "5. komunitní plán" in teaser
    assert 'href="/komunitni-planovani/5-komunitni-plan-navrh/pripominky/#formular"' in teaser
    # Above the tiles: the first thing after the introduction.
    assert html.index("consultation-teaser-title") < html.index("situations-title")


def test_demo_promotes_the_campaign_with_its_image_and_alt_text(client, demo_site):
    html = client.get("/").content.decode()
    teaser = section(html, "campaign-teaser-title")
    assert "Dejme dětem rodinu" in teaser
    assert 'href="/kampane/dejme-detem-rodinu/"' in teaser
    assert '<source type="image/avif"' in teaser
    img = re.search(r"<img [^>]*>", teaser).group(0)
    assert re.search(r'alt="[^"]{10,}"', img), img
    assert 'loading="lazy"' in img


def test_demo_news_are_newest_first_without_the_2013_items(client, demo_site):
    html = client.get("/").content.decode()
    titles = news_titles(html)
    assert len(titles) == 3
    assert "Pracovní skupina kampaně má dvanáct členů" not in titles  # 31 May 2013
    dates = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)"', section(html, "home-news-title"))
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == timezone.localdate().isoformat()


def test_demo_header_has_the_city_branding_and_the_site_search(client, demo_site):
    html = client.get("/").content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, flags=re.S).group(0)
    assert "sociálních služeb Ostrava" in header
    assert re.search(
        r'<img class="site-header__logo" src="[^"]+" width="\d+" height="96" alt="">', header
    )
    assert 'action="/hledat/"' in header
    assert '<label class="visually-hidden" for="header-search-q">' in header
    assert '<summary class="site-menu__toggle">' in header
    css_link = re.search(r'<link rel="stylesheet" href="(/vzhled\.css\?v=[0-9a-f]+)">', html)
    css = client.get(css_link.group(1))
    assert "--color-primary:#0066a6" in css.content.decode()


# Which consultation and which campaign; derived sections keep up by themselves


def test_only_a_consultation_open_today_is_promoted(client, home_page):
    index = planning_index(home_page)
    consultation_plan(
        index,
        slug="skoncil",
        title="Plán, jehož připomínkování skončilo",
        consultation_start=TODAY - datetime.timedelta(days=30),
        consultation_end=TODAY - datetime.timedelta(days=1),
    )
    consultation_plan(
        index,
        slug="schvaleny",
        title="Schválený plán",
        status=PlanStatus.APPROVED,
    )
    assert "consultation-teaser" not in client.get("/").content.decode()
    consultation_plan(index, slug="otevreny", title="Plán otevřený připomínkám")
    teaser = section(client.get("/").content.decode(), "consultation-teaser-title")
    assert "Plán otevřený připomínkám" in teaser
    assert "skončilo" not in teaser and "Schválený" not in teaser


def test_the_editors_campaign_wins_over_the_newest_and_a_draft_is_skipped(client, home_page):
    campaigns = CampaignIndexPageFactory(parent=home_page)
    chosen = CampaignPageFactory(parent=campaigns, title="Kampaň vybraná redakcí")
    CampaignPageFactory(parent=campaigns, title="Nejnovější kampaň")
    teaser = section(client.get("/").content.decode(), "campaign-teaser-title")
    assert "Nejnovější kampaň" in teaser
    home_page.featured_campaign = chosen
    home_page.save_revision().publish()
    teaser = section(client.get("/").content.decode(), "campaign-teaser-title")
    assert "Kampaň vybraná redakcí" in teaser
    chosen.unpublish()
    teaser = section(client.get("/").content.decode(), "campaign-teaser-title")
    assert "Nejnovější kampaň" in teaser


def test_old_news_drop_out_once_there_are_newer(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Stará aktualita", date=datetime.date(2013, 5, 31))
    NewsPageFactory(
        parent=index, title="Loňská aktualita", date=TODAY - datetime.timedelta(days=300)
    )
    assert news_titles(client.get("/").content.decode()) == ["Loňská aktualita", "Stará aktualita"]
    # Published later but dated earlier: the date decides, not the order of publishing.
    NewsPageFactory(parent=index, title="Dnešní aktualita", date=TODAY)
    NewsPageFactory(
        parent=index, title="Včerejší aktualita", date=TODAY - datetime.timedelta(days=1)
    )
    assert news_titles(client.get("/").content.decode()) == [
        "Dnešní aktualita",
        "Včerejší aktualita",
        "Loňská aktualita",
    ]


def test_no_catalogue_no_tiles(client, home_page):
    situation("Mám dluhy", "mam-dluhy")
    html = client.get("/").content.decode()
    assert "situation-tile" not in html  # nowhere to link them to
    catalogue_index(home_page)
    assert 'href="/katalog/?situace=mam-dluhy"' in client.get("/").content.decode()


# Queries: the same bound with few and many items in every section


@pytest.mark.parametrize("size", [3, 30])
def test_home_page_queries_do_not_grow_with_content(
    client, home_page, django_assert_max_num_queries, size
):
    catalogue_index(home_page)
    for n in range(size):
        term = situation(f"Situace {n}", f"situace-{n}")
        LifeSituation.objects.filter(pk=term.pk).update(pictogram="coin")
    index = planning_index(home_page)
    for n in range(min(size, 5)):
        consultation_plan(index, slug=f"plan-{n}", measures_per_goal=1, goals=1)
    campaigns = CampaignIndexPageFactory(parent=home_page)
    event_index = EventIndexPageFactory(parent=home_page)
    news_index = NewsIndexPageFactory(parent=home_page)
    start = timezone.now() + datetime.timedelta(days=1)
    for n in range(size):
        campaign = CampaignPageFactory(
            parent=campaigns, hero_image=wagtail_factories.ImageFactory()
        )
        EventPageFactory(parent=event_index, start=start + datetime.timedelta(days=n))
        NewsPageFactory(parent=news_index, campaign=campaign)
    assert client.get("/").status_code == 200  # warm the caches (renditions, settings)
    with django_assert_max_num_queries(22):
        response = client.get("/")
    html = response.content.decode()
    assert html.count('class="situation-tile"') == size
    assert "consultation-teaser-title" in html and "campaign-teaser-title" in html


def test_pictograms_are_inlined_decorative_and_unknown_names_give_nothing():
    for name, _label in PICTOGRAMS:
        svg = pictogram_svg(name)
        assert svg.startswith('<svg class="pictogram" viewBox="0 0 24 24"'), name
        assert 'aria-hidden="true" focusable="false"' in svg
        assert "<path" in svg or "<circle" in svg, f"{name} is not vendored"
    assert pictogram_svg("neexistuje") == ""
    assert pictogram_svg("../../../etc/passwd") == ""
