"""A page's address is routed once per content generation; what Wagtail checks on every request
(the page is live, its view restrictions) it still checks."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from portal.demo.pages import ensure_child
from portal.models import StandardPage
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_page):
    section = ensure_child(home_page, StandardPage, "o-nas", title="O nás")
    return ensure_child(section, StandardPage, "kontakty", title="Kontakty")


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_a_remembered_address_costs_fewer_queries_and_serves_the_same_page(client, about):
    from portal.search import cached

    first, _ = queries_of(client, "/o-nas/kontakty/")
    remembered, remembered_queries = queries_of(client, "/o-nas/kontakty/")
    cached._loaded.pop("page-routes", None)  # forgotten: Wagtail walks the page tree again
    routed, routed_queries = queries_of(client, "/o-nas/kontakty/")

    assert first.status_code == remembered.status_code == routed.status_code == 200
    assert remembered.content == routed.content
    assert remembered_queries <= routed_queries - 3


def test_a_page_no_longer_live_answers_404_even_if_remembered(client, about):
    assert client.get("/o-nas/kontakty/").status_code == 200

    # Not through Wagtail's unpublish (no signal, no new generation): the page itself says so.
    Page.objects.filter(pk=about.pk).update(live=False)

    assert client.get("/o-nas/kontakty/").status_code == 404


def test_a_deleted_page_answers_404(client, about):
    assert client.get("/o-nas/kontakty/").status_code == 200

    Page.objects.filter(pk=about.pk).delete()

    assert client.get("/o-nas/kontakty/").status_code == 404


def test_a_renamed_page_moves_to_its_new_address(client, about):
    assert client.get("/o-nas/kontakty/").status_code == 200

    about.slug = "kontakt"
    about.save_revision().publish()

    assert client.get("/o-nas/kontakty/").status_code == 404
    assert client.get("/o-nas/kontakt/").status_code == 200


def test_view_restrictions_are_checked_on_a_remembered_address(client, about):
    assert client.get("/o-nas/kontakty/").status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type="login")

    response = client.get("/o-nas/kontakty/")
    assert response.status_code == 302  # to the login, not the page
    assert "Kontakty" not in response.content.decode()


def test_a_routable_pages_views_and_its_children_still_route(client, home_page):
    catalogue = catalogue_factories.catalogue_index(home_page)
    provider = catalogue_factories.provider(catalogue, "Charita Ostrava", "charita-ostrava")
    for _ in range(2):
        assert client.get(catalogue.url).status_code == 200
        assert client.get(catalogue.url + "?q=azylovy+dum").status_code == 200
        assert client.get(catalogue.url + "tisk/").status_code == 200
        assert client.get(provider.url).status_code == 200
        assert client.get(catalogue.url + "neni-tu/").status_code == 404
