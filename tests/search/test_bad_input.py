"""Whatever is typed into any search box, the portal answers normally: a page with results or a
Czech message, never the 503 outage page nor a 500 (FTS syntax included)."""

import pytest

from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "a" * 10_000,
    "domov " * 2_000,
    "' OR 1=1; DROP TABLE wagtailcore_page; --",
    '"azylový dům',
    'a"',
    '"',
    "dům*",
    "*",
    "domov NEAR senior",
    "NEAR(domov senior)",
    "-domov",
    "title:domov",
    "{title}: domov",
    "AND OR NOT ( ) { } [ ] ^ ~",
    "domov AND",
    "🏠👵 domov",
    "домов для пожилых 老人 domov",
    "\x00",
    "domov\x00senior",
    "%",
    "_",
    "'",
    "\\",
]


@pytest.fixture
def searchable(home_page):
    catalogue = f.catalogue_index(home_page)
    provider = f.provider(catalogue, "Charita Ukázka", "charita-ukazka")
    f.service(provider, "Azylový dům Ukázka", "azylovy-dum")
    return catalogue


@pytest.mark.parametrize("typed", BAD_QUERIES)
def test_bad_query_gives_a_normal_page(client, searchable, typed):
    response = client.get("/hledat/", {"q": typed, "strana": "abc", "typ": "<script>"})

    assert response.status_code == 200
    assert "Hledání na portálu" in response.text
    assert '<script>"' not in response.text


@pytest.mark.parametrize("typed", BAD_QUERIES)
def test_bad_query_gives_a_json_list_of_suggestions(client, searchable, typed):
    response = client.get("/hledat/napoveda/", {"q": typed})

    assert response.status_code == 200
    assert isinstance(response.json(), list)


@pytest.mark.parametrize("typed", BAD_QUERIES)
def test_bad_query_in_the_catalogue_gives_results_or_a_message(client, searchable, typed):
    response = client.get("/katalog/", {"q": typed, "druh": "azylove-domy"})

    assert response.status_code == 200
    assert "Výsledky" in response.text
    assert "dočasně nedostupný" not in response.text


@pytest.mark.parametrize("typed", BAD_QUERIES)
def test_bad_query_in_the_open_data_api_is_answered(client, searchable, typed):
    response = client.get("/api/hsds/services", {"search": typed})

    assert response.status_code in (200, 400)
    assert "dočasně nedostupný" not in response.text


@pytest.mark.parametrize("typed", ['a"', '"', "NEAR(a b)", "dům*", "-x", "a:b", "\x00", "🏠"])
def test_bad_query_in_the_document_library_is_not_an_outage(client, home_page, typed):
    from wagtail.models import Collection

    from plans.models import DocumentLibraryPage, PlanningIndexPage

    planning = home_page.add_child(
        instance=PlanningIndexPage(title="Komunitní plánování", slug="komunitni-planovani")
    )
    library = planning.add_child(
        instance=DocumentLibraryPage(
            title="Dokumenty",
            slug="dokumenty",
            root_collection=Collection.get_first_root_node(),
        )
    )

    response = client.get(library.url, {"q": typed})

    assert response.status_code == 200
    assert "dočasně nedostupný" not in response.text
    assert "Dokumenty" in response.text


def test_too_long_query_is_explained(client, searchable):
    assert "příliš dlouhý" in client.get("/hledat/", {"q": "domov " * 100}).text
    assert "příliš dlouhý" in client.get("/katalog/", {"q": "domov " * 100}).text


def test_page_beyond_the_end_shows_the_last_page(client, searchable):
    response = client.get("/hledat/", {"q": "azylovy dum", "strana": "999"})

    assert response.status_code == 200
    assert "Azylový dům Ukázka" in response.text
