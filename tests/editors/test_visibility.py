"""Provider editors never see other providers' pages or drafts; anonymous visitors no drafts."""

import json

from tests.editors.conftest import client_for


def test_editor_searching_the_admin_does_not_find_other_providers_pages(world, as_editor_a):
    response = as_editor_a.get("/admin/pages/search/results/", {"q": "Azylový"})

    assert response.status_code == 200
    assert "Azylový dům B" not in response.content.decode()
    assert (
        "Nová služba B"
        not in as_editor_a.get(
            "/admin/pages/search/results/", {"q": "Nová služba"}
        ).content.decode()
    )


def test_editor_searching_the_admin_finds_own_services(world, as_editor_a):
    response = as_editor_a.get("/admin/pages/search/results/", {"q": "Poradna"})

    assert "Poradna A" in response.content.decode()


def test_page_chooser_search_does_not_offer_other_providers_pages(world, as_editor_a):
    response = as_editor_a.get("/admin/choose-page/search/", {"q": "Organizace"})

    html = response.content.decode()
    assert "Organizace A" in html
    assert "Organizace B" not in html


def test_page_chooser_browsing_the_catalogue_shows_only_own_provider(world, as_editor_a):
    response = as_editor_a.get(f"/admin/choose-page/{world['catalogue'].pk}/")

    html = json.loads(response.content)["html"]
    assert "Organizace A" in html
    assert "Organizace B" not in html


def test_page_chooser_inside_other_provider_lists_none_of_its_services(world, as_editor_a):
    response = as_editor_a.get(f"/admin/choose-page/{world['provider_b'].pk}/")

    html = json.loads(response.content)["html"]
    assert "Azylový dům B" not in html
    assert "Nová služba B" not in html


def test_coordinator_chooser_offers_every_provider(world, as_coordinator):
    browsing = as_coordinator.get(f"/admin/choose-page/{world['catalogue'].pk}/")
    searching = as_coordinator.get("/admin/choose-page/search/", {"q": "Organizace"})

    for html in [json.loads(browsing.content)["html"], searching.content.decode()]:
        assert "Organizace A" in html and "Organizace B" in html


def test_admin_api_does_not_list_other_providers_pages(world, as_editor_a):
    response = as_editor_a.get(
        "/admin/api/main/pages/", {"child_of": world["catalogue"].pk, "fields": "title"}
    )

    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Organizace A, z. s."]


def test_editor_exploring_the_catalogue_is_sent_to_own_provider(world, as_editor_a):
    response = as_editor_a.get(f"/admin/pages/{world['catalogue'].pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{world['provider_a'].pk}/"


def test_editor_dashboard_shows_only_own_organisation(world, as_editor_a):
    html = as_editor_a.get("/admin/").content.decode()

    assert "Vaše organizace: Organizace A, z. s." in html
    assert "Poradna A" in html
    assert "Organizace B" not in html
    assert "Azylový dům B" not in html


def test_anonymous_visitor_never_sees_a_draft(world, client):
    live = client.get(world["service_b"].url)
    unpublished = client.get("/katalog/organizace-b/nova-sluzba-b/")

    assert live.status_code == 200
    assert "Azylový dům B (koncept)" not in live.content.decode()
    assert unpublished.status_code == 404


def test_anonymous_visitor_is_sent_to_login_from_drafts_and_previews(world, client):
    for suffix in ["view_draft/", "edit/preview/", "edit/"]:
        response = client.get(f"/admin/pages/{world['service_b'].pk}/{suffix}")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_the_other_provider_editor_sees_own_draft(world):
    response = client_for(world["editor_b"]).get(
        f"/admin/pages/{world['service_b'].pk}/view_draft/"
    )

    assert response.status_code == 200
    assert "Azylový dům B (koncept)" in response.content.decode()
