"""Issue 18: on a phone the catalogue shows results first, and "Poblíž mě" sorts by distance."""

import re

import pytest

from tests.browser.journeys import assert_no_horizontal_scrolling, tab_to

PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
PORUBA = {"latitude": 49.8300, "longitude": 18.1650}
SEARCHES = {
    "katalog": "/katalog/",
    "text": "/katalog/?q=azylovy+dum",
    "situace": "/katalog/?situace=nemam-kde-prespat",
}
KM = re.compile(r"(\d+),(\d) km|(\d+) km")


def kilometres(text):
    whole, tenths, large = KM.search(text).groups()
    return float(f"{whole}.{tenths}") if whole else float(large)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("search", SEARCHES.values(), ids=SEARCHES.keys())
def test_first_result_is_inside_the_first_screen(live_demo, new_page, viewport, search, tmp_path):
    page = new_page(viewport=viewport)
    page.goto(search)

    first = page.locator(".service-card").first
    box = first.bounding_box()
    assert box is not None, "no result"
    assert box["y"] < viewport["height"] - 40, f"the first result starts at {box['y']:.0f} px"
    assert_no_horizontal_scrolling(page)
    page.screenshot(path=tmp_path / f"{viewport['width']}.png")


def test_near_me_sorts_by_distance_with_the_browsers_location(live_demo, new_page, axe_check):
    page = new_page(viewport=PHONE, geolocation=PORUBA, permissions=["geolocation"])
    page.goto("/katalog/")

    page.get_by_role("button", name="Poblíž mě").click()
    page.wait_for_url(re.compile(r"[?&]poloha=49\.83000%2C18\.16500"))

    chip = page.get_by_role("link", name=re.compile(r"^Blízko: vaše poloha"))
    assert chip.is_visible()
    distances = [
        kilometres(text) for text in page.locator(".service-card__distance").all_inner_texts()
    ]
    assert len(distances) >= 10, distances
    assert distances == sorted(distances), distances
    assert distances[0] < 1.5, "the nearest service is not in Poruba"
    first_card = page.locator(".service-card").first.inner_text()
    assert "Poruba" in first_card, first_card
    assert_no_horizontal_scrolling(page)
    axe_check(page)

    chip.click()  # removing the place sorts by name again
    page.wait_for_url(re.compile(r"/katalog/(\?(?!.*poloha).*)?$"))
    assert page.locator(".service-card__distance").count() == 0


def test_place_box_sorts_by_distance_and_unknown_places_get_suggestions(
    live_demo, new_page, axe_check
):
    page = new_page(viewport=PHONE)
    page.goto("/katalog/")
    form = page.get_by_role("search", name="Hledání v katalogu služeb")
    form.get_by_label("Kde?").fill("Porba")
    form.get_by_role("button", name="Hledat", exact=True).click()

    page.wait_for_url(re.compile(r"kde=Porba"))
    assert page.get_by_text("Místo „Porba“ jsme nenašli.").is_visible()
    assert page.locator(".service-card").count() > 0, "the list is still shown"
    axe_check(page)

    page.get_by_role("link", name="Poruba", exact=True).click()
    page.wait_for_url(re.compile(r"kde=Poruba"))
    distances = [
        kilometres(text) for text in page.locator(".service-card__distance").all_inner_texts()
    ]
    assert distances and distances == sorted(distances), distances
    axe_check(page)


def test_filters_open_from_the_keyboard_on_a_phone(live_demo, new_page, axe_check):
    page = new_page(viewport=PHONE)
    page.goto("/katalog/?q=poradna&obvod=poruba")
    form = page.get_by_role("search", name="Hledání v katalogu služeb")
    toggle = form.locator("summary").filter(has_text="Filtry")
    assert "1" in toggle.inner_text(), "the toggle does not count the active filter"
    district_group = form.locator("summary").filter(has_text="Městský obvod")
    assert not district_group.is_visible(), "the filters are open before being asked for"

    form.get_by_label("Co hledáte?").focus()
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    assert district_group.is_visible()
    situations = form.locator("summary").filter(has_text="Životní situace")
    situations.click()
    options = situations.locator("xpath=..").locator("fieldset")
    scrolls = options.evaluate("box => box.scrollHeight > box.clientHeight + 1")
    assert not scrolls, "the life situations scroll inside their own box"
    axe_check(page)

    chip = page.get_by_role("link", name=re.compile(r"Městský obvod: Poruba"))
    chip.click()
    page.wait_for_url(re.compile(r"q=poradna(?!.*obvod)"))
    assert page.get_by_role("link", name=re.compile(r"Městský obvod: Poruba")).count() == 0


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_catalogue_with_a_place_passes_axe(live_demo, new_page, axe_check, viewport):
    page = new_page(viewport=viewport)
    page.goto("/katalog/?kde=Z%C3%A1b%C5%99eh&obvod=ostrava-jih")

    assert page.locator(".service-card__distance").count() > 0
    axe_check(page)
