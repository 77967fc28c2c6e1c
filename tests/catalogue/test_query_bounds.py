"""Catalogue pages cost the same number of SQL queries with 3 services as with 30."""

from datetime import time
from decimal import Decimal

import pytest

from catalogue.models import District, OpeningHours, ServicePlace
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def queries(client, url, bound, assert_max, **params):
    """Render ``url`` once to warm caches, then count the queries of a second render."""
    assert client.get(url, params).status_code == 200
    with assert_max(bound) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    print("QB", url, params, len(captured))
    return len(captured)


@pytest.fixture
def build(catalogue):
    """``size`` shelters of one provider, each with its own target group and a place in Poruba."""

    def make(size):
        poruba = District.objects.create(name="Poruba")
        provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
        services = [
            f.service(
                provider,
                f"Azylový dům číslo {n}",
                f"azylovy-dum-{n}",
                district=poruba,
                target_groups=[f.TargetGroupFactory(name=f"skupina {n}")],
            )
            for n in range(size)
        ]
        return provider, services

    return make


@pytest.mark.parametrize("size", SIZES)
def test_catalogue_search_with_text_and_filters(
    client, catalogue, build, django_assert_max_num_queries, size
):
    build(size)
    # Issue 15: at most 15 whatever the filters (menu, settings, breadcrumbs come from memory).
    queries(client, catalogue.url, 15, django_assert_max_num_queries)
    queries(
        client,
        catalogue.url,
        15,
        django_assert_max_num_queries,
        q="azylovy dum",
        druh="azylove-domy",
        obvod="poruba",
    )


@pytest.mark.parametrize("size", SIZES)
def test_printed_catalogue(client, catalogue, build, django_assert_max_num_queries, size):
    build(size)
    queries(client, catalogue.url + "tisk/", 25, django_assert_max_num_queries, obvod="poruba")


@pytest.mark.parametrize("size", SIZES)
def test_provider_page_lists_its_services(client, build, django_assert_max_num_queries, size):
    provider, _services = build(size)
    queries(client, provider.url, 23, django_assert_max_num_queries)  # 20 + the cards' 3


@pytest.mark.parametrize("size", SIZES)
def test_service_page_with_many_places_groups_and_hours(
    client, catalogue, django_assert_max_num_queries, size
):
    provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
    service = f.service(
        provider,
        "Terénní program",
        "terenni-program",
        target_groups=[f.TargetGroupFactory(name=f"skupina {n}") for n in range(size)],
        forms=[f.ServiceFormFactory(name=f"forma {n}") for n in range(size)],
        opening_hours=[
            OpeningHours(weekday=n % 7, opens=time(8), closes=time(16)) for n in range(size)
        ],
    )
    ServicePlace.objects.bulk_create(
        ServicePlace(
            service=service,
            name=f"Místo {n}",
            street=f"Ulice {n}",
            postcode="702 00",
            district=District.objects.create(name=f"Obvod {n}"),
            latitude=Decimal("49.830000"),
            longitude=Decimal("18.280000"),
            sort_order=n + 1,
        )
        for n in range(size)
    )
    queries(client, service.url, 27, django_assert_max_num_queries)
