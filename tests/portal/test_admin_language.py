"""Editors meet a Czech admin."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_admin_login_page_is_czech(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="cs"' in html
    assert "Přihlásit" in html
    labels = re.findall(r"<label[^>]*>\s*([^<]+?)\s*<", html)
    assert labels[:2] == ["Uživatelské jméno", "Heslo"], labels


def test_admin_dashboard_is_czech_for_signed_in_editor(client, django_user_model, home_page):
    user = django_user_model.objects.create_superuser("koordinator", "k@example.org", "heslo-123")
    client.force_login(user)

    response = client.get("/admin/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="cs"' in html
    assert "Hledat" in html
