"""Wagtail's read-only API answers nonsense in its parameters with a 400, never a 500."""

import pytest


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("value", ["all", "1.5", "-1", "１"])
def test_find_with_an_id_that_is_not_a_number_is_a_czech_400(home_page, client, endpoint, value):
    response = client.get(f"/api/v2/{endpoint}/find/", {"id": value})

    assert response.status_code == 400
    assert "celé kladné číslo" in response.json()["message"]


def test_find_with_a_real_id_still_finds_the_page(home_page, client):
    response = client.get("/api/v2/pages/find/", {"id": home_page.pk})

    assert response.status_code == 302
    assert f"/api/v2/pages/{home_page.pk}/" in response["Location"]
