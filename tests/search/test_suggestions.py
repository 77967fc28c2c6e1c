"""The search box suggests services, providers and life situations as a citizen types."""

import pytest

pytestmark = pytest.mark.django_db


def test_suggestions_ignore_diacritics(client, demo_site, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        response = client.get("/hledat/napoveda/", {"q": "pecovatelska"})

    labels = [item["label"] for item in response.json()]
    assert response.status_code == 200
    assert any(label.startswith("Pečovatelská služba") for label in labels)
    assert all(item["url"] for item in response.json())


def test_suggestions_start_after_two_characters(client, demo_site):
    assert client.get("/hledat/napoveda/", {"q": "d"}).json() == []
    assert client.get("/hledat/napoveda/", {"q": "do"}).json()


def test_suggestions_are_bounded(client, demo_site):
    assert len(client.get("/hledat/napoveda/", {"q": "so"}).json()) <= 8
