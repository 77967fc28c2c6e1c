"""Whatever is typed into the search box, the portal answers normally."""

import pytest

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "a" * 10_000,
    "domov " * 2_000,
    "' OR 1=1; DROP TABLE wagtailcore_page; --",
    '"azylový dům',
    "dům*",
    "domov NEAR senior",
    "-domov",
    "title:domov",
    "AND OR NOT ( ) { } [ ] ^ ~",
    "🏠👵 domov",
    "домов для пожилых 老人 domov",
    "\x00",
    "%",
    "_",
]


@pytest.mark.parametrize("typed", BAD_QUERIES)
def test_bad_query_gives_a_normal_page(client, home_page, typed):
    response = client.get("/hledat/", {"q": typed, "strana": "abc", "typ": "<script>"})

    assert response.status_code == 200
    assert "Hledání na portálu" in response.text
    assert '<script>"' not in response.text


@pytest.mark.parametrize("typed", BAD_QUERIES)
def test_bad_query_gives_a_json_list_of_suggestions(client, home_page, typed):
    response = client.get("/hledat/napoveda/", {"q": typed})

    assert response.status_code == 200
    assert isinstance(response.json(), list)


def test_too_long_query_is_explained(client, home_page):
    response = client.get("/hledat/", {"q": "domov " * 100})

    assert "příliš dlouhý" in response.text


def test_page_beyond_the_end_shows_the_last_page(client, home_page):
    response = client.get("/hledat/", {"q": "domov", "strana": "999"})

    assert response.status_code == 200
