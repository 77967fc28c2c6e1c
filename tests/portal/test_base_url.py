"""A city publishes the portal at its own address: every absolute URL the portal writes starts
with BASE_URL, whatever host a request came in through."""

import json
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path
from xml.etree import ElementTree

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from wagtail.models import Site

from catalogue.editors.roles import COORDINATORS, setup_roles
from portal.base_url import parse_base_url
from portal.default_site import check_default_site_follows_base_url, sync_default_site
from tests.campaigns.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://portal.example.org"
# Any absolute http(s) URL in a response, to catch one that names the request's host.
ABSOLUTE_URL = re.compile(r"https?://[^\s\"'<>]+")
REQUEST_HOSTS = ("testserver", "localhost", "127.0.0.1")


@pytest.fixture
def published(settings, home_page):
    """The portal published at BASE, its default site synced as `manage.py sync_site` does."""
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = BASE
    sync_default_site()
    return home_page


@pytest.fixture
def content(published):
    """A service of an NGO, an upcoming event that takes registrations, a news item."""
    catalogue = f.catalogue_index(published)
    provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    service = f.service(provider, "Azylový dům pro muže", "azylovy-dum-pro-muze")
    events = EventIndexPageFactory(parent=published)
    event = EventPageFactory(
        parent=events,
        title="Seminář pro pěstouny",
        slug="seminar-pro-pestouny",
        venue_name="Magistrát města Ostravy",
        venue_address="Prokešovo náměstí 1803/8, 702 00 Ostrava",
        registration_enabled=True,
    )
    news_index = NewsIndexPageFactory(parent=published)
    news = NewsPageFactory(parent=news_index, title="Nový katalog", slug="novy-katalog")
    return {"service": service, "provider": provider, "event": event, "news": news}


def assert_at_base(url):
    assert url.startswith(BASE + "/"), url


def own_urls(text):
    """The absolute URLs in ``text`` that point at the portal itself (not at other websites)."""
    urls = ABSOLUTE_URL.findall(text)
    return [url for url in urls if url.startswith(BASE) or any(h in url for h in REQUEST_HOSTS)]


def meta_content(html, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)"', html)
    return match and match.group(1)


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )


def test_sitemap_lists_every_page_at_base_url(client, content):
    response = client.get("/sitemap.xml")

    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    assert f"{BASE}{content['service'].url}" in locations
    assert len(locations) >= 8
    for location in locations:
        assert_at_base(location)


def test_robots_txt_names_the_sitemap_at_base_url(client, published):
    body = client.get("/robots.txt").content.decode()

    assert f"Sitemap: {BASE}/sitemap.xml" in body


def test_canonical_and_og_url_agree_and_start_with_base_url(client, content):
    for page in (content["service"], content["provider"], content["event"], content["news"]):
        html = client.get(page.url, HTTP_HOST="localhost").content.decode()

        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
        assert canonical == f"{BASE}{page.url}"
        assert meta_content(html, "og:url") == canonical
        assert_at_base(meta_content(html, "og:image"))
        assert [url for url in own_urls(html) if not url.startswith(BASE)] == []


def test_views_without_a_page_give_og_url_at_base_url(client, published):
    for path in ("/hledat/?q=azyl", "/api/hsds/dokumentace/", "/stranka-ktera-neni/"):
        html = client.get(path).content.decode()

        assert meta_content(html, "og:url") == BASE + path.split("?")[0]


def test_news_feed_links_and_guids_are_permalinks_at_base_url(client, content):
    response = client.get("/aktuality/rss/")

    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel.findtext("link") == f"{BASE}/aktuality/"
    atom_self = channel.find("{http://www.w3.org/2005/Atom}link")
    assert atom_self.get("href") == f"{BASE}/aktuality/rss/"
    item = channel.find("item")
    assert item.findtext("link") == f"{BASE}{content['news'].url}"
    guid = item.find("guid")
    assert guid.text == f"{BASE}{content['news'].url}"
    assert guid.get("isPermaLink") == "true"


def test_icalendar_urls_start_with_base_url(client, content):
    event = content["event"]
    for path in (f"{event.url}kalendar.ics", "/akce/kalendar.ics"):
        calendar = icalendar.Calendar.from_ical(client.get(path).content)

        [vevent] = calendar.walk("VEVENT")
        assert str(vevent["URL"]) == f"{BASE}{event.url}"


def test_json_ld_of_services_and_events_points_at_base_url(client, content):
    service = json_ld(client.get(content["service"].url).content.decode())
    event = json_ld(client.get(content["event"].url).content.decode())

    assert service["url"] == f"{BASE}{content['service'].url}"
    assert event["url"] == f"{BASE}{content['event'].url}"


def test_open_data_urls_start_with_base_url(client, content):
    services = client.get("/api/hsds/services").json()["contents"]
    organizations = client.get("/api/hsds/organizations").json()["contents"]

    assert [service["url"] for service in services] == [f"{BASE}{content['service'].url}"]
    assert [org["uri"] for org in organizations] == [f"{BASE}{content['provider'].url}"]
    taxonomies = client.get("/api/hsds/taxonomies").json()["contents"]
    for taxonomy in taxonomies:
        assert_at_base(taxonomy["uri"])


def test_openapi_description_names_the_server_at_base_url(client, published):
    spec = client.get("/api/hsds/openapi.json", HTTP_HOST="localhost").json()

    assert [server["url"] for server in spec["servers"]] == [f"{BASE}/api/hsds"]


def test_wagtail_api_urls_start_with_base_url(client, content):
    items = client.get("/api/v2/pages/").json()["items"]

    assert items
    for item in items:
        assert_at_base(item["meta"]["html_url"])
        assert_at_base(item["meta"]["detail_url"])


def test_registration_email_links_start_with_base_url(client, content):
    event = content["event"]
    client.post(
        f"{event.url}registrace/",
        {"name": "Jana Nováková", "email": "jana@example.org", "consent": "on", "website": ""},
        HTTP_HOST="localhost",
    )

    [message] = mail.outbox
    links = ABSOLUTE_URL.findall(message.body)
    assert f"{BASE}{event.url}" in links
    assert any(link.startswith(f"{BASE}{event.url}registrace/") for link in links)
    assert [link for link in links if not link.startswith(BASE)] == []


def test_wagtail_workflow_notification_links_start_with_base_url(content):
    setup_roles()
    coordinator = get_user_model().objects.create_user(
        "koordinator", email="koordinator@example.org", password="heslo-pro-testy"
    )
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    editor = get_user_model().objects.create_user("editorka", email="editorka@example.org")
    service = content["service"]
    service.save_revision(user=editor)

    service.get_workflow().start(service, editor)

    [message] = [message for message in mail.outbox if message.to == ["koordinator@example.org"]]
    links = ABSOLUTE_URL.findall(message.body)
    assert f"{BASE}/admin/pages/{service.pk}/edit/" in links
    assert [link for link in links if not link.startswith(BASE)] == []


def test_load_demo_puts_the_site_at_base_url(home_page, settings):
    site = Site.objects.get(is_default_site=True)

    assert site.root_page_id == home_page.pk
    assert site.root_url == settings.BASE_URL == "http://127.0.0.1:8000"


def test_sync_site_moves_the_site_to_a_new_base_url(settings, home_page):
    settings.BASE_URL = BASE
    output = StringIO()

    call_command("sync_site", stdout=output)

    assert Site.objects.get(is_default_site=True).root_url == BASE
    assert BASE in output.getvalue()


def test_system_check_warns_while_the_site_and_base_url_disagree(settings, home_page):
    settings.BASE_URL = BASE
    errors = StringIO()

    call_command("check", databases=["default"], stderr=errors, stdout=StringIO())

    assert "portal.W001" in errors.getvalue()
    assert "sync_site" in errors.getvalue()
    sync_default_site()
    assert check_default_site_follows_base_url(databases=["default"]) == []


@pytest.mark.parametrize(
    "value",
    [
        "portal.example.org",
        "ftp://portal.example.org",
        "https://",
        "https://portal.example.org/portal/",
        "https://portal.example.org/?lang=cs",
        "https://spravce:heslo@portal.example.org",
        "https://portal.example.org:8443",
        "http://portal.example.org:443",
        "https://portal example.org",
        "http://portal.example.org:port",
    ],
)
def test_malformed_base_url_is_refused_with_a_czech_message(value):
    with pytest.raises(ImproperlyConfigured, match="BASE_URL.*není platná veřejná adresa"):
        parse_base_url(value)


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("https://Portal.Example.org/", "https://portal.example.org"),
        ("https://portal.example.org:443", "https://portal.example.org"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
    ],
)
def test_base_url_is_normalised(value, normalised):
    assert parse_base_url(value) == normalised


def test_start_up_stops_on_a_malformed_base_url():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    env["BASE_URL"] = "portal.example.org"

    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "BASE_URL='portal.example.org' není platná veřejná adresa portálu" in result.stderr
    assert "musí začínat http:// nebo https://" in result.stderr
