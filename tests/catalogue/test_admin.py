"""A coordinator edits the catalogue in the Wagtail admin: one form holds a whole service."""

import pytest
from django.contrib.auth import get_user_model

from catalogue.models import LifeSituation

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("koordinator", "k@example.org", "heslo")
    client.force_login(user)
    return user


def test_coordinator_opens_service_edit_form_with_places_hours_and_contacts(
    client, coordinator, sample
):
    response = client.get(f"/admin/pages/{sample['shelter'].pk}/edit/")

    assert response.status_code == 200
    text = response.content.decode()
    assert "Místo poskytování" in text
    assert "Otevírací doba" in text
    assert "Utajená adresa" in text
    assert "Azylový dům pro muže" in text


def test_coordinator_opens_provider_edit_form(client, coordinator, sample):
    response = client.get(f"/admin/pages/{sample['charity'].pk}/edit/")

    assert response.status_code == 200
    assert "IČO" in response.content.decode()


def test_coordinator_adds_a_service_under_a_provider(client, coordinator, sample):
    response = client.get(f"/admin/pages/add/catalogue/servicepage/{sample['charity'].pk}/")

    assert response.status_code == 200
    assert "Druh služby" in response.content.decode()


def test_coordinator_edits_life_situations_as_snippets(client, coordinator, sample):
    situation = LifeSituation.objects.get()

    listing = client.get("/admin/snippets/catalogue/lifesituation/")
    edit = client.get(f"/admin/snippets/catalogue/lifesituation/edit/{situation.pk}/")

    assert listing.status_code == 200
    assert "Nemám kde přespat" in listing.content.decode()
    assert edit.status_code == 200
    assert "Co v situaci pomáhá" in edit.content.decode()
