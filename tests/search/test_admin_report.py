"""A coordinator sees what people searched for and did not find; nobody else does."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from catalogue.editors.onboarding import ensure_team
from catalogue.editors.roles import CAMPAIGN_STAFF, COORDINATORS, PLAN_COORDINATORS, setup_roles
from tests.catalogue import factories as f

pytestmark = pytest.mark.django_db

REPORT = "/admin/hledani/nenalezene/"


@pytest.fixture
def searched(client, home_page):
    catalogue = f.catalogue_index(home_page)
    setup_roles()
    client.get("/hledat/", {"q": "Xylofon Nováková"})
    client.get("/hledat/", {"q": "xylofon novakova"})
    return catalogue


def account(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "heslo-1")
    user.groups.add(*groups)
    return user


def test_coordinator_sees_unanswered_queries(client, searched):
    client.force_login(account("koordinator", Group.objects.get(name=COORDINATORS)))

    response = client.get(REPORT)
    menu = client.get("/admin/")

    assert response.status_code == 200
    assert "xylofon novakova" in response.text
    assert "Co lidé hledají a nenacházejí" in response.text
    assert REPORT in menu.text


def test_superuser_sees_unanswered_queries(client, searched):
    client.force_login(get_user_model().objects.create_superuser("spravce", "s@example.cz", "h"))

    assert "xylofon novakova" in client.get(REPORT).text


@pytest.mark.parametrize("role", ["editor", CAMPAIGN_STAFF, PLAN_COORDINATORS])
def test_other_admin_accounts_cannot_read_what_citizens_searched(client, searched, role):
    if role == "editor":
        provider = f.provider(searched, "Organizace A, z. s.", "organizace-a")
        groups = [ensure_team(provider).group]
    else:
        groups = [Group.objects.get(name=role)]
    client.force_login(account("nekdo", *groups))

    response = client.get(REPORT, follow=True)
    dashboard = client.get("/admin/")

    assert "xylofon" not in response.text
    assert "nenacházejí" not in response.text
    assert REPORT not in dashboard.text
