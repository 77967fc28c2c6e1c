"""Search engines find every public page and stay out of the admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_pages(client, demo_site):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    assert "/o-komunitnim-planovani/</loc>" in xml
    assert "/prohlaseni-o-pristupnosti/</loc>" in xml


def test_robots_txt_points_to_sitemap_and_hides_admin(client, demo_site):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in body  # BASE_URL, not the request


def test_wagtail_api_lists_live_pages(client, demo_site):
    response = client.get("/api/v2/pages/?type=portal.StandardPage")

    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    assert "Prohlášení o přístupnosti" in titles
