"""A link to any page, shared or found by a search engine, shows that page's own title,
description and picture, and says in schema.org what the page is about."""

import json
import re
from html import unescape

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from campaigns.structured_data import postal_address
from catalogue.models import ProviderPage
from portal.demo.pages import ensure_child
from portal.metadata import DEFAULT_DESCRIPTION, page_description
from portal.models import SiteSettings, StandardPage
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def catalogue(home_page):
    return f.catalogue_index(home_page)


@pytest.fixture
def events(home_page):
    return EventIndexPageFactory(parent=home_page)


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return unescape(match.group(1)) if match else None


def description(client, page_or_path):
    path = page_or_path if isinstance(page_or_path, str) else page_or_path.url
    return meta(client.get(path).content.decode(), "name", "description")


def json_ld(client, page):
    html = client.get(page.url).content.decode()
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])


def test_service_is_described_by_its_own_summary(client, catalogue):
    provider = f.provider(catalogue)
    service = f.service(provider, "Azylový dům", "azylovy-dum", summary="Střecha nad hlavou.")

    assert description(client, service) == "Střecha nad hlavou."


def test_editors_search_description_overrides_the_summary(client, catalogue):
    provider = f.provider(catalogue)
    service = f.service(
        provider,
        "Azylový dům",
        "azylovy-dum",
        summary="Střecha nad hlavou.",
        search_description="Azylový dům pro muže v Ostravě-Vítkovicích.",
    )

    html = client.get(service.url).content.decode()

    assert meta(html, "name", "description") == "Azylový dům pro muže v Ostravě-Vítkovicích."
    assert meta(html, "property", "og:description") == meta(html, "name", "description")


def test_provider_is_described_by_the_first_paragraph_of_its_text(client, catalogue):
    provider = f.provider(
        catalogue,
        description="<p></p><p>Pomáháme lidem <b>bez domova</b> už třicet let.</p><p>Další.</p>",
    )

    assert description(client, provider) == "Pomáháme lidem bez domova už třicet let."


def test_event_and_news_are_described_by_their_introduction(client, home_page, events):
    event = EventPageFactory(parent=events, introduction="Seminář o pěstounské péči.")
    news = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), introduction="Vyšel nový katalog."
    )

    assert description(client, event) == "Seminář o pěstounské péči."
    assert description(client, news) == "Vyšel nový katalog."


def test_standard_page_is_described_by_its_first_paragraph(client, home_page):
    page = ensure_child(
        home_page,
        StandardPage,
        "o-nas",
        title="O nás",
        body=[
            ("heading", {"text": "Kdo jsme", "level": "h2"}),
            ("paragraph", "<p>Jsme tým komunitního plánování.</p><p>Druhý odstavec.</p>"),
        ],
    )

    assert description(client, page) == "Jsme tým komunitního plánování."


def test_long_text_is_cut_at_a_word_boundary():
    page = StandardPage(title="Dlouhá", introduction="slovo " * 100)

    text = page_description(page)

    assert len(text) <= 200 and text.endswith("slovo…")


def test_every_demo_page_has_a_description_of_its_own(demo_site):
    pages = Page.objects.live().descendant_of(demo_site, inclusive=True).specific()

    generic = [page.url_path for page in pages if page_description(page) == DEFAULT_DESCRIPTION]

    assert generic == []


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/hledat/?q=azyl", "Hledání na portálu"),
        ("/api/hsds/dokumentace/", "Otevřená data katalogu (HSDS 3.0)"),
        ("/tahle-stranka-neexistuje/", "Stránka nenalezena"),
    ],
)
def test_views_without_a_page_have_an_og_title(client, home_page, path, title):
    html = client.get(path).content.decode()

    assert meta(html, "property", "og:title") == title


def test_pages_have_their_title_as_og_title(client, home_page, events):
    event = EventPageFactory(parent=events, title="Seminář pro pěstouny")

    html = client.get(event.url).content.decode()

    assert meta(html, "property", "og:title") == "Seminář pro pěstouny"


def test_shared_link_shows_the_portals_default_image(client, home_page):
    html = client.get("/").content.decode()

    assert re.fullmatch(
        r"http://127\.0\.0\.1:8000/static/img/sdileni[.\w]*\.png",
        meta(html, "property", "og:image"),
    )
    assert meta(html, "property", "og:image:width") == "1200"


def test_shared_link_shows_the_image_set_in_site_settings(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.share_image = Image.objects.create(
        title="Ostrava", file=get_test_image_file("ostrava.png")
    )
    settings.save()

    image = meta(client.get("/").content.decode(), "property", "og:image")

    assert image.startswith("http://127.0.0.1:8000/")
    assert re.search(r"/images/ostrava\.[\w.-]*\.jpg$", image)


def test_shared_link_of_a_news_item_shows_its_own_image(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.share_image = Image.objects.create(title="Web", file=get_test_image_file("web.png"))
    settings.save()
    photo = Image.objects.create(
        title="Konference", file=get_test_image_file("konference.png"), description="Sál plný lidí"
    )
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), image=photo)

    html = client.get(news.url).content.decode()

    assert re.search(r"/images/konference\.[\w.-]*\.jpg$", meta(html, "property", "og:image"))
    assert meta(html, "property", "og:image:alt") == "Sál plný lidí"


def test_ngo_service_is_a_service_and_a_public_providers_a_government_service(client, catalogue):
    ngo = f.provider(catalogue, "Charita Ukázková", "charita")
    public = f.provider(
        catalogue,
        "Domov Ukázka, příspěvková organizace",
        "domov",
        ico="70631859",
        legal_form=ProviderPage.LegalForm.MUNICIPAL,
    )
    shelter = f.service(ngo, "Azylový dům", "azylovy-dum")
    home = f.service(public, "Domov pro seniory", "domov-pro-seniory")

    shelter_data, home_data = json_ld(client, shelter), json_ld(client, home)

    assert shelter_data["@type"] == "Service"
    assert shelter_data["provider"]["@type"] == "NGO"
    assert home_data["@type"] == "GovernmentService"
    assert home_data["provider"]["@type"] == "GovernmentOrganization"


def test_event_gives_a_postal_address_and_the_organizers_page(client, catalogue, events):
    organiser = f.provider(catalogue, "Bílý nosorožec, o.p.s.", "bily-nosorozec")
    event = EventPageFactory(
        parent=events,
        venue_name="Magistrát města Ostravy",
        venue_address="Prokešovo náměstí 1803/8, 70200 Ostrava",
        organiser_page=organiser,
    )

    data = json_ld(client, event)

    assert data["location"][0]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Prokešovo náměstí 1803/8",
        "postalCode": "702 00",
        "addressLocality": "Ostrava",
        "addressCountry": "CZ",
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Bílý nosorožec, o.p.s.",
        "url": organiser.full_url,
    }


def test_event_organised_outside_the_catalogue_links_its_website(client, events):
    event = EventPageFactory(
        parent=events,
        organiser_name="Statutární město Ostrava",
        organiser_url="https://www.ostrava.cz/",
    )

    data = json_ld(client, event)

    assert data["organizer"]["url"] == "https://www.ostrava.cz/"
    assert (
        'href="https://www.ostrava.cz/">Statutární město Ostrava</a>'
        in client.get(event.url).content.decode()
    )


def test_campaign_event_without_an_organiser_page_links_the_campaign(client, home_page, events):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    event = EventPageFactory(
        parent=events, organiser_name="Pracovní skupina kampaně", campaign=campaign
    )

    assert json_ld(client, event)["organizer"]["url"] == campaign.full_url


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "L. Ševčíka 420/26, Ostrava-Hulváky",
            {"streetAddress": "L. Ševčíka 420/26", "addressLocality": "Ostrava-Hulváky"},
        ),
        (
            "Magistrát, Prokešovo náměstí 8, 702 00 Ostrava",
            {
                "streetAddress": "Magistrát, Prokešovo náměstí 8",
                "postalCode": "702 00",
                "addressLocality": "Ostrava",
            },
        ),
        ("Masarykovo náměstí", {"streetAddress": "Masarykovo náměstí"}),
    ],
)
def test_addresses_written_on_one_line_are_split_into_their_parts(text, address):
    assert postal_address(text) == {"@type": "PostalAddress", **address, "addressCountry": "CZ"}
