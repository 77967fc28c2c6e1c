"""A coordinator sees what people searched for and did not find."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_coordinator_sees_unanswered_queries(client, home_page):
    client.get("/hledat/", {"q": "Xylofon"})
    client.get("/hledat/", {"q": "xylofon"})
    admin = get_user_model().objects.create_superuser("koordinator", "k@example.cz", "heslo-123")
    client.force_login(admin)

    response = client.get("/admin/hledani/nenalezene/")

    assert response.status_code == 200
    assert "xylofon" in response.text
    assert "Co lidé hledají a nenacházejí" in response.text
