"""The header on a phone and on a desktop (collapsed menu, site search, little height) and the
home page as a front door, axe-clean, at 360 × 800 and 1280 × 900."""

import re

import pytest

from tests.browser.conftest import axe_violations, format_violations

PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
MAX_PHONE_HEADER_PX = 120  # the menu took about 270 px on every page before


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


def test_phone_header_is_short_with_the_menu_collapsed(new_page):
    page = new_page(viewport=PHONE)
    page.goto("/")
    assert header_height(page) <= MAX_PHONE_HEADER_PX
    toggle = page.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    navigation = page.get_by_role("navigation", name="Hlavní navigace")
    assert not navigation.is_visible()
    # The first tiles of the life situations are on the first screen.
    first_tile = page.locator(".situation-tile").first.bounding_box()
    assert first_tile["y"] + first_tile["height"] <= PHONE["height"]


def test_phone_menu_opens_and_closes_from_the_keyboard(new_page):
    page = new_page(viewport=PHONE)
    page.goto("/")
    toggle = page.get_by_role("button", name="Menu")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    navigation = page.get_by_role("navigation", name="Hlavní navigace")
    assert navigation.is_visible()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('nav')?.id")
    assert focused == "hlavni-menu"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not navigation.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('site-menu__toggle')")
    page.keyboard.press("Space")
    assert navigation.is_visible()
    navigation.get_by_role("link", name="Katalog sociálních služeb").click()
    page.wait_for_url(re.compile(r"/katalog/$"))


def test_phone_menu_works_without_javascript(new_page):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto("/")
    navigation = page.locator("#hlavni-menu")
    assert not navigation.is_visible()
    page.locator("summary.site-menu__toggle").click()
    assert navigation.is_visible()
    assert header_height(page) <= MAX_PHONE_HEADER_PX  # the open menu lies over the page


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_search_in_the_header_finds_pages(new_page, viewport):
    page = new_page(viewport=viewport)
    page.goto("/kampane/")
    search = page.get_by_role("search", name="Hledání na webu")
    box = search.get_by_role("searchbox", name="Hledat na celém webu")
    assert box.is_visible()
    box.fill("pěstounská péče")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/hledat/\?q="))
    assert page.get_by_role("heading", name=re.compile("Nalezeno výsledků")).is_visible()


def test_search_in_the_header_works_without_javascript(new_page):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto("/akce/")
    page.get_by_role("searchbox", name="Hledat na celém webu").fill("dluhy")
    page.get_by_role("button", name="Hledat").first.click()
    page.wait_for_url(re.compile(r"/hledat/\?q=dluhy"))
    assert page.get_by_role("heading", level=1).is_visible()
    assert "dluh" in page.get_by_role("main").inner_text().lower()


def test_desktop_shows_the_menu_without_a_toggle(new_page):
    page = new_page(viewport=DESKTOP)
    page.goto("/")
    assert not page.locator(".site-menu__toggle").is_visible()
    navigation = page.get_by_role("navigation", name="Hlavní navigace")
    assert navigation.get_by_role("link", name="Katalog sociálních služeb").is_visible()
    assert header_height(page) <= 140
    logo = page.locator(".site-header__logo")
    assert logo.is_visible() and logo.get_attribute("alt") == ""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_page_shows_the_front_door(new_page, viewport):
    page = new_page(viewport=viewport)
    page.goto("/")
    tiles = page.locator(".situation-tile__link")
    assert tiles.count() >= 10
    assert page.get_by_role("link", name="Mám dluhy").get_attribute("href") == (
        "/katalog/?situace=mam-dluhy"
    )
    consultation = page.get_by_role("region", name=re.compile("5. komunitní plán"))
    assert consultation.get_by_role("link", name="Poslat připomínku").is_visible()
    campaign = page.get_by_role("region", name="Dejme dětem rodinu")
    image = campaign.locator("img")
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert image.get_attribute("alt")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("page_type", ["portal.homepage", "portal.standardpage"])
def test_axe_finds_nothing_with_the_menu_closed_and_open(new_page, live_demo, viewport, page_type):
    page = new_page(viewport=viewport)
    url = live_demo.url_of(page_type)
    page.goto(url)
    violations = axe_violations(page)
    assert not violations, format_violations(url, violations)
    if viewport is PHONE:
        page.get_by_role("button", name="Menu").click()
        violations = axe_violations(page)
        assert not violations, format_violations(f"{url} (menu open)", violations)
