"""The catalogue on a map and the maps of service, provider and event pages, in a browser.

The machine is offline: map tiles cannot load (their requests fail quietly); markers, clusters,
popups and controls are ours and render anyway.
"""

import json

import pytest

from catalogue.models import ServicePage, ServicePlace

PHONE = {"width": 360, "height": 800}
SEARCH = "q=azylovy+dum"


def open_map(page, url):
    page.goto(url)
    page.wait_for_selector("[data-map][data-markers]")
    return page.locator("[data-map]")


def geojson(page, params):
    response = page.request.get(f"/katalog/mapa.geojson?{params}")
    assert response.status == 200
    assert response.headers["content-type"] == "application/geo+json; charset=utf-8"
    return json.loads(response.text())


def places_shown(page):
    """Places the map accounts for: single markers plus the places inside each cluster."""
    singles = page.locator(".leaflet-marker-icon:not(.marker-cluster)").count()
    clustered = sum(
        int(text) for text in page.locator(".marker-cluster span[aria-hidden]").all_inner_texts()
    )
    return singles, clustered


def test_catalogue_map_shows_the_markers_of_a_filtered_search(live_demo, page):
    collection = geojson(page, SEARCH)
    secret = set(
        ServicePlace.objects.filter(address_secret=True).values_list("service__title", flat=True)
    )
    listed = {f["properties"]["name"] for f in collection["features"]}
    assert listed and collection["mapped_services"] < collection["services"]
    assert not listed & secret

    the_map = open_map(page, f"/katalog/?{SEARCH}&zobrazeni=mapa")

    assert the_map.get_attribute("data-markers") == str(len(collection["features"]))
    singles, clustered = places_shown(page)
    assert singles + clustered == len(collection["features"])
    titles = page.locator(".leaflet-marker-icon:not(.marker-cluster)").evaluate_all(
        "icons => icons.map(icon => icon.alt)"
    )
    assert all(title.split(",")[0] in listed for title in titles)
    assert not any(name in " ".join(titles) for name in secret)
    status = page.locator("[data-map-status]").inner_text()
    assert status.startswith(f"Mapa ukazuje {len(collection['features'])} ")
    assert "najdete je v seznamu" in status
    # The list stays below the map, with the same search.
    assert page.locator(".service-list li").count() >= 1


def test_a_service_with_a_secret_address_gets_no_marker(live_demo, page):
    secret = ServicePage.objects.filter(places__address_secret=True).first()

    the_map = open_map(page, f"/katalog/?q={secret.title}&zobrazeni=mapa")

    assert page.get_by_role("link", name=secret.title).count() >= 1  # in the list
    places = geojson(page, f"q={secret.title}")["features"]
    assert the_map.get_attribute("data-markers") == str(len(places))
    alts = page.locator(".leaflet-marker-icon").evaluate_all("icons => icons.map(i => i.alt)")
    assert not any(secret.title in (alt or "") for alt in alts)


def test_map_controls_and_markers_work_from_the_keyboard(live_demo, page):
    the_map = open_map(page, f"/katalog/?{SEARCH}&zobrazeni=mapa")
    zoom_in = page.get_by_role("button", name="Přiblížit", exact=True)
    zoom_out = page.get_by_role("button", name="Oddálit", exact=True)
    assert zoom_in.count() == 1 and zoom_out.count() == 1

    zoom_in.focus()
    before = int(the_map.get_attribute("data-zoom") or 0)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(before) => Number(document.querySelector('[data-map]').dataset.zoom) > before", arg=before
    )

    # Tab from the map box reaches the markers (and clusters): each one is a focusable button.
    icons = page.locator(".leaflet-marker-icon")
    assert icons.count() >= 1
    assert icons.evaluate_all(
        "els => els.every(e => e.tabIndex === 0 && e.getAttribute('role') === 'button')"
    )
    the_map.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')")


def test_enter_on_a_marker_opens_its_popup_with_the_link_focused(live_demo, page):
    open_map(page, f"/katalog/?{SEARCH}&zobrazeni=mapa")
    # Zoom in until a single marker shows, then open it from the keyboard.
    marker = page.locator(".leaflet-marker-icon:not(.marker-cluster)").first
    for _ in range(6):
        if marker.count():
            break
        page.locator(".marker-cluster").first.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(600)
    marker.focus()
    page.keyboard.press("Enter")

    link = page.locator(".leaflet-popup a").first
    link.wait_for()
    assert page.evaluate("document.activeElement.closest('.leaflet-popup') !== null")
    assert link.get_attribute("href").startswith(live_demo.url + "/katalog/")
    name = link.inner_text()
    assert marker.get_attribute("alt").startswith(name)


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_pages_with_a_map_pass_axe(live_demo, new_page, axe_check, viewport):
    page = new_page(viewport=viewport)
    service = (
        ServicePage.objects.live()
        .filter(places__address_secret=False, places__latitude__isnull=False)
        .first()
    )
    for url in [f"/katalog/?{SEARCH}&zobrazeni=mapa", service.url, service.get_parent().url]:
        the_map = open_map(page, url)
        assert int(the_map.get_attribute("data-markers")) >= 1, url
        axe_check(page)


def test_event_page_map_passes_axe(live_demo, page, axe_check):
    from campaigns.models import EventPage

    event = EventPage.objects.live().filter(latitude__isnull=False).first()
    the_map = open_map(page, event.url)

    assert the_map.get_attribute("data-markers") == "1"
    axe_check(page)


def test_without_javascript_the_list_and_an_external_map_remain(live_demo, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(f"/katalog/?{SEARCH}&zobrazeni=mapa")

    assert page.locator(".service-list li").count() >= 1
    external = page.get_by_role("link", name="Zobrazit nalezená místa na mapě")
    assert external.get_attribute("href").startswith("https://geojson.io/#data=data:text/x-url,")
    service = (
        ServicePage.objects.live()
        .filter(places__address_secret=False, places__latitude__isnull=False)
        .first()
    )
    page.goto(service.url)
    osm = page.get_by_role("link", name="Zobrazit na mapě")
    assert osm.first.get_attribute("href").startswith("https://www.openstreetmap.org/?mlat=")


def test_pages_without_a_map_do_not_load_leaflet(live_demo, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for url in ["/", "/katalog/", f"/katalog/?{SEARCH}"]:
        page.goto(url)
    assert not [url for url in requested if "leaflet" in url or "/js/map.js" in url]
