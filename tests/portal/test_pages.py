"""A visitor opens the home page and standard pages and finds their way around."""

import pytest
from django.template.loader import render_to_string

from portal.demo.pages import ensure_child
from portal.models import StandardPage

pytestmark = pytest.mark.django_db


def test_visitor_sees_home_page_with_landmarks(client, demo_site):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="cs">' in html
    assert html.index('class="skip-link"') < html.index("<header")
    assert 'href="#obsah"' in html
    for landmark in ("<header", "<nav", '<main id="obsah"', "<footer"):
        assert landmark in html
    assert "Sociální služby v Ostravě na jednom místě" in html
    assert 'action="/katalog/"' in html


def test_home_page_menu_lists_pages_marked_for_menus(client, demo_site):
    html = client.get("/").content.decode()

    assert 'aria-label="Hlavní navigace"' in html
    assert ">O komunitním plánování</a>" in html


def test_visitor_reads_accessibility_statement(client, demo_site):
    response = client.get("/prohlaseni-o-pristupnosti/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Prohlášení o přístupnosti</h1>" in html
    assert "99/2019 Sb." in html
    assert "Digitální a informační agenturu" in html
    assert 'aria-label="Drobečková navigace"' in html
    assert 'aria-current="page">Prohlášení o přístupnosti' in html


def test_standard_page_renders_every_block(client, home_page):
    page = ensure_child(
        home_page,
        StandardPage,
        "vsechny-bloky",
        title="Všechny bloky",
        body=[
            ("heading", {"text": "Podnadpis", "level": "h2"}),
            ("paragraph", "<p>Odstavec textu</p>"),
            ("callout", {"kind": "warning", "title": "Pozor", "text": "<p>Důležité</p>"}),
            (
                "accordion",
                {"title": "Časté otázky", "items": [{"question": "Kdo?", "answer": "<p>My.</p>"}]},
            ),
            (
                "table",
                {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Tabulka",
                    "data": [["A", "B"], ["1", "2"]],
                },
            ),
        ],
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 class="block-heading">Podnadpis</h2>' in html
    assert "<summary>Kdo?</summary>" in html
    assert "callout--warning" in html
    assert "<caption>Tabulka</caption>" in html


def test_unknown_address_gives_czech_404(client, home_page):
    response = client.get("/tahle-stranka-neexistuje/")

    assert response.status_code == 404
    assert "Stránka nenalezena" in response.content.decode()


def test_server_error_page_needs_no_database(django_db_blocker):
    with django_db_blocker.block():
        html = render_to_string("500.html")

    assert '<html lang="cs">' in html
    assert "Na serveru došlo k chybě" in html


def test_every_page_has_title_description_and_open_graph(client, demo_site):
    for url in ("/", "/o-komunitnim-planovani/", "/prohlaseni-o-pristupnosti/"):
        html = client.get(url).content.decode()
        assert "<title>" in html and "| Komunitní plánování" in html
        assert '<meta name="description" content="' in html
        assert '<meta property="og:title"' in html
        assert '<meta property="og:description"' in html
