"""The catalogue's text search, filters and facet counts come from the search index: the number
of SQL queries stays the same whatever is searched and however many services there are."""

import pytest

from catalogue.models import District
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

MAX_CATALOGUE_QUERIES = 15
# A query no service matches in full also looks up its spelling and searches once more.
MAX_CORRECTED_QUERIES = MAX_CATALOGUE_QUERIES + 2


@pytest.fixture
def build(home_page):
    def make(size):
        catalogue = f.catalogue_index(home_page)
        poruba = District.objects.create(name="Poruba")
        provider = f.provider(catalogue, "Charita Ukázková", "charita-ukazkova")
        for n in range(size):
            f.service(
                provider,
                f"Azylový dům číslo {n}",
                f"azylovy-dum-{n}",
                district=poruba,
                target_groups=[f.TargetGroupFactory(name=f"skupina {n}")],
            )
        f.situation("Nemám kde přespat", "nemam-kde-prespat", [f.ServiceTypeFactory()])
        return catalogue

    return make


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "azylovy dum", "druh": "azylove-domy", "obvod": "poruba"},
        {"q": "nemam kde spat", "skupina": "skupina-1", "obvod": "poruba"},
        {"situace": "nemam-kde-prespat", "forma": "pobytova"},
        {"q": "kosmonaut"},  # nothing found
    ],
)
def test_catalogue_search_costs_a_fixed_number_of_queries(
    client, build, django_assert_max_num_queries, size, params
):
    catalogue = build(size)
    assert client.get(catalogue.url, params).status_code == 200  # warm the caches

    with django_assert_max_num_queries(MAX_CATALOGUE_QUERIES):
        response = client.get(catalogue.url, params)

    assert response.status_code == 200


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize(
    "params",
    [
        {"q": "azilovy dun", "obvod": "poruba"},  # corrected
        {"q": "azylovy kosmonaut", "obvod": "poruba"},  # partial
    ],
)
def test_a_corrected_or_partial_search_costs_two_queries_more(
    client, build, django_assert_max_num_queries, size, params
):
    catalogue = build(size)
    assert client.get(catalogue.url, params).status_code == 200

    with django_assert_max_num_queries(MAX_CORRECTED_QUERIES):
        response = client.get(catalogue.url, params)

    assert "Azylový dům číslo 1" in response.text
