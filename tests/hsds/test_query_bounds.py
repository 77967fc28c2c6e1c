"""Every HSDS endpoint costs the same number of SQL queries with 3 services as with 30."""

from decimal import Decimal

import pytest

from catalogue.hsds import ids
from catalogue.models import District, ServicePlace
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def queries(client, url, bound, assert_max, **params):
    """Count the queries of one request, the streamed body included."""
    with assert_max(bound) as captured:
        response = client.get(url, params)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, response.content[:300]
    return len(captured)


@pytest.fixture
def build(catalogue):
    """``size`` services of each of two providers, each service with two places."""

    def make(size):
        made = []
        for p in range(2):
            provider = f.provider(catalogue, f"Organizace {p}, z. s.", f"organizace-{p}")
            for n in range(size):
                service = f.service(
                    provider,
                    f"Služba {p}-{n}",
                    f"sluzba-{n}",
                    district=District.objects.get_or_create(name=f"Obvod {n}")[0],
                    target_groups=[f.TargetGroupFactory(name=f"skupina {n}")],
                )
                ServicePlace.objects.create(
                    service=service,
                    name="Pobočka",
                    postcode="702 00",
                    latitude=Decimal("49.835000"),
                    longitude=Decimal("18.292000"),
                    sort_order=1,
                )
                made.append(service)
        return made

    return make


@pytest.mark.parametrize("size", SIZES)
def test_service_lists_whole_catalogue_and_details(
    client, build, django_assert_max_num_queries, size
):
    services = build(size)
    api = "/api/hsds/"
    assert_max = django_assert_max_num_queries
    queries(client, api + "services", 9, assert_max, per_page=100)
    queries(client, api + "services", 22, assert_max, per_page=100, full="true")
    queries(client, api + "services", 9, assert_max, per_page=100, near="49.835,18.292")
    queries(client, api + "services", 11, assert_max, postcode="70200", proximity="2000")
    queries(client, api + "services", 7, assert_max, minimal="true")
    queries(client, api + "services", 22, assert_max, format="ndjson")
    queries(client, api + f"services/{services[-1].translation_key}", 21, assert_max)


@pytest.mark.parametrize("size", SIZES)
def test_organizations_taxonomies_and_places(client, build, django_assert_max_num_queries, size):
    services = build(size)
    api = "/api/hsds/"
    assert_max = django_assert_max_num_queries
    provider = services[-1].provider
    queries(client, api + "organizations", 8, assert_max, per_page=100)
    queries(client, api + "organizations", 11, assert_max, per_page=100, full="true")
    queries(client, api + "organizations", 24, assert_max, per_page=100, full_service="true")
    queries(client, api + f"organizations/{provider.translation_key}", 11, assert_max)
    queries(
        client,
        api + f"organizations/{provider.translation_key}",
        24,
        assert_max,
        full_service="true",
    )
    queries(client, api + "taxonomies", 4, assert_max)
    queries(client, api + "taxonomy_terms", 11, assert_max, per_page=100)
    queries(client, api + "service_at_locations", 7, assert_max, per_page=100)
    queries(client, api + "service_at_locations", 7, assert_max, per_page=100, near="49.8,18.3")
    queries(
        client,
        api + "service_at_locations",
        10,
        assert_max,
        per_page=100,
        postcode="702 00",
        proximity="1000",
    )
    place = ServicePlace.objects.filter(service=services[0]).first()
    queries(
        client, api + f"service_at_locations/{ids.service_at_location_id(place.pk)}", 7, assert_max
    )
