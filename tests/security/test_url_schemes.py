"""Links editors type in are http, https, mailto or tel: refused on input, dropped on output."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import querydict_from_html

from campaigns.models import CampaignIndexPage, CampaignPage
from catalogue.models import ProviderPage, ServiceContact, ServicePage
from portal.demo.pages import ensure_child
from portal.security.safe_urls import safe_url, validate_safe_url
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db

SAFE_PREFIXES = ("http://", "https://", "mailto:", "tel:", "/")

HOSTILE = "javascript:alert(document.domain)"


def hostile_links(html):
    """Every link (href, JSON-LD "url") of the page that is not a web, mail or phone link."""
    links = re.findall(r'href="([^"]*)"', html) + re.findall(r'"url": "([^"]*)"', html)
    return [link for link in links if ":" in link and not link.startswith(SAFE_PREFIXES)]


@pytest.mark.parametrize(
    "value",
    ["https://www.example.org/", "http://example.org", "mailto:info@example.org", "tel:+420599"],
)
def test_web_mail_and_phone_links_are_kept(value):
    validate_safe_url(value)
    assert safe_url(value) == value


@pytest.mark.parametrize(
    "value",
    [
        HOSTILE,
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "ftp://soubory.example.org/",
    ],
)
def test_other_schemes_are_refused_and_never_rendered(value):
    with pytest.raises(Exception, match="https://"):
        validate_safe_url(value)
    assert safe_url(value) == ""


@pytest.fixture
def coordinator_client(client, home_page):
    user = get_user_model().objects.create_superuser("koordinator", "k@example.org", "heslo")
    client.force_login(user)
    return client


@pytest.fixture
def service(home_page):
    index = catalogue_factories.catalogue_index(home_page)
    provider = catalogue_factories.provider(index, "Organizace A", "organizace-a")
    return catalogue_factories.service(provider, "Poradna A", "poradna-a")


def post_edit(client, page, **changes):
    form = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(form, form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_editor_cannot_save_a_javascript_web_contact(coordinator_client, service):
    response = post_edit(
        coordinator_client, service, **{"contacts-0-kind": "web", "contacts-0-value": HOSTILE}
    )

    assert response.status_code == 200
    assert "Zadejte celou adresu začínající https://" in response.content.decode()
    assert not ServiceContact.objects.filter(value=HOSTILE).exists()
    assert HOSTILE not in str(ServicePage.objects.get(pk=service.pk).latest_revision.content)


def test_provider_website_must_be_a_web_address(coordinator_client, service):
    provider = service.get_parent().specific

    response = post_edit(coordinator_client, provider, website="ftp://soubory.example.org/")

    assert response.status_code == 200
    assert "Zadejte celou adresu začínající https://" in response.content.decode()


def test_a_hostile_link_saved_earlier_is_neither_shown_nor_exported(client, service):
    # e.g. brought in by an importer, or saved before the check existed
    ServiceContact.objects.create(service=service, kind="web", value=HOSTILE)
    ProviderPage.objects.filter(pk=service.get_parent().pk).update(website=HOSTILE)
    provider = ProviderPage.objects.get(pk=service.get_parent().pk)

    service_html = client.get(service.url).content.decode()
    provider_html = client.get(provider.url).content.decode()
    exported_service = client.get(f"/api/hsds/services/{service.translation_key}")
    exported_provider = client.get(f"/api/hsds/organizations/{provider.translation_key}")

    assert "Poradna A" in service_html
    assert not hostile_links(service_html) and not hostile_links(provider_html)
    assert exported_service.status_code == 200 and "javascript:" not in exported_service.text
    assert exported_provider.status_code == 200 and "javascript:" not in exported_provider.text


def test_campaign_links_of_other_schemes_are_dropped(client, home_page):
    index = ensure_child(home_page, CampaignIndexPage, "kampane", title="Kampaně")
    campaign = ensure_child(
        index,
        CampaignPage,
        "pestouni",
        title="Pěstouni",
        introduction="Kampaň.",
        body=[
            (
                "call_to_action",
                {"title": "Přidejte se", "text": "<p>Text</p>", "link_url": HOSTILE},
            )
        ],
        partners=[("organisation", {"name": "Nadace Světlo", "url": "vbscript:msgbox(1)"})],
    )

    html = client.get(campaign.url).content.decode()

    assert "Přidejte se" in html and "Nadace Světlo" in html
    assert not hostile_links(html)
