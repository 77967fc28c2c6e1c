"""Anonymous visitors get public pages from the cache; every change is visible at once."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from portal.demo.pages import ensure_child
from portal.models import SiteSettings, StandardPage
from portal.page_cache.store import bump_generation
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def about(home_page):
    return ensure_child(home_page, StandardPage, "o-portalu", title="O portálu")


def test_second_anonymous_visit_is_served_from_cache_without_queries(
    client, about, django_assert_num_queries
):
    first = client.get(about.url)
    with django_assert_num_queries(0):
        second = client.get(about.url)

    assert first.status_code == second.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "max-age=60" in second["Cache-Control"]
    assert not second.cookies


def test_published_edit_is_visible_on_the_next_request(client, about):
    client.get(about.url)
    about.title = "O našem portálu"
    about.save_revision().publish()

    response = client.get(about.url)

    assert response["X-Page-Cache"] == "miss"
    assert "<h1>O našem portálu</h1>" in response.content.decode()


def test_draft_is_not_shown_but_unpublishing_removes_the_page(client, about):
    client.get(about.url)
    about.title = "Koncept, zatím nezveřejněno"
    about.save_revision()
    assert "Koncept" not in client.get(about.url).content.decode()

    about.unpublish()

    assert client.get(about.url).status_code == 404


def test_changed_setting_is_visible_in_the_footer(client, about):
    client.get(about.url)
    site_settings = SiteSettings.for_site(about.get_site())
    site_settings.footer_text = "Nová patička od koordinátora"
    site_settings.save()

    assert "Nová patička od koordinátora" in client.get(about.url).content.decode()


def test_renamed_taxonomy_snippet_is_visible_on_the_service_page(client, home_page):
    catalogue = catalogue_factories.catalogue_index(home_page)
    provider = catalogue_factories.provider(catalogue)
    service = catalogue_factories.service(provider, "Noclehárna Ukázka", "nocleharna")
    assert "azylové domy" in client.get(service.url).content.decode()

    service_type = service.service_type
    service_type.name = "noclehárny"
    service_type.save()

    assert "noclehárny" in client.get(service.url).content.decode()


def test_signed_in_editor_never_gets_or_fills_the_cache(client, about, admin_user):
    client.get(about.url)
    client.force_login(admin_user)

    response = client.get(about.url)

    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert client.get(about.url)["X-Page-Cache"] == "hit"


def test_form_with_csrf_token_is_never_cached(client, home_page):
    event_index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=event_index, registration_enabled=True, capacity=5)
    form_url = event.url + "registrace/"

    first = client.get(form_url)
    client.cookies.clear()
    second = client.get(form_url)

    assert second.status_code == 200
    assert "csrfmiddlewaretoken" in second.content.decode()
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert "no-store" in second["Cache-Control"]


def test_search_results_with_a_query_string_are_rendered_every_time(client, about):
    client.get(about.url + "?strana=2")

    assert "X-Page-Cache" not in client.get(about.url + "?strana=2")


def test_unreachable_cache_is_bypassed_not_fatal(client):
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:8168/0",
        }
    }
    with override_settings(CACHES=unreachable):
        bump_generation()
        response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "X-Page-Cache" not in response
