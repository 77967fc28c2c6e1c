"""Issue 3: a citizen on a phone finds an asylum house in the catalogue, also by keyboard."""

import re
from urllib.parse import parse_qs, urlparse

from catalogue.models import ServicePage
from tests.browser.journeys import PHONE, assert_no_horizontal_scrolling, is_focused, tab_to

DISTRICT = "Vítkovice"
DISTRICT_SLUG = "vitkovice"
QUERY = "azylovy dum"
COUNT = re.compile(r"Nalezen\w* (\d+) služ")


def catalogue_form(page):
    return page.get_by_role("search", name="Hledání v katalogu služeb")


def district_filter(page):
    """The closed disclosure (<summary>, which has no ARIA role) of the district checkboxes."""
    return catalogue_form(page).locator("summary").filter(has_text="Městský obvod")


def results_count(page):
    status = page.get_by_role("status").filter(has_text=re.compile("Nalezen|Nenalezli"))
    match = COUNT.search(status.inner_text())
    return int(match.group(1)) if match else 0


def result_links(page):
    return (
        page.get_by_role("region", name="Výsledky")
        .get_by_role("heading", level=3)
        .get_by_role("link")
    )


def test_citizen_on_a_phone_searches_narrows_by_district_and_opens_a_service(
    live_demo, new_page, axe_check
):
    page = new_page(viewport=PHONE)
    page.goto("/katalog/")
    form = catalogue_form(page)
    form.get_by_label("Co hledáte?").fill(QUERY)
    form.get_by_role("button", name="Hledat", exact=True).click()

    page.wait_for_url(re.compile(r"[?&]q=azylovy"))
    unfiltered = results_count(page)
    assert unfiltered > 0, "the search for 'azylovy dum' found nothing"
    titles = [link.inner_text() for link in result_links(page).all()]
    assert any(title.startswith("Azylový dům") for title in titles), titles

    catalogue_form(page).locator("summary").filter(has_text="Filtry").click()  # closed on phones
    district_filter(page).click()
    district = catalogue_form(page).get_by_label(re.compile(rf"^{DISTRICT} \(\d+\)"))
    district.check()
    catalogue_form(page).get_by_role("button", name="Použít filtry").click()

    page.wait_for_url(re.compile(rf"obvod={DISTRICT_SLUG}"))
    params = parse_qs(urlparse(page.url).query)
    assert params["q"] == [QUERY] and params["obvod"] == [DISTRICT_SLUG], page.url
    filtered = results_count(page)
    assert 0 < filtered < unfiltered, (filtered, unfiltered)
    cards = (
        page.get_by_role("region", name="Výsledky")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading", level=3))
    )
    assert cards.count() == min(filtered, 20)  # the first page of results
    for card in cards.all():
        # A service provided in the district, or one whose area served covers the whole city.
        text = card.inner_text()
        assert DISTRICT in text or "celé město" in text, text
    assert page.get_by_role("link", name=re.compile(rf"Městský obvod: {DISTRICT}")).is_visible()
    assert_no_horizontal_scrolling(page)
    axe_check(page)

    first = result_links(page).first
    title, href = first.inner_text(), first.get_attribute("href")
    first.click()
    page.wait_for_url(f"**{href}")
    assert page.get_by_role("heading", level=1).inner_text() == title

    service = ServicePage.objects.live().get(title=title)
    place = service.places.exclude(address_secret=True).get(district__slug=DISTRICT_SLUG)
    address = page.locator("address").filter(has_text=place.address)
    assert address.is_visible(), f"the address {place.address!r} is not shown"
    assert page.get_by_role("heading", name="Provozní doba").is_visible()
    if service.open_nonstop:
        assert page.get_by_text("Nepřetržitě, 24 hodin denně").is_visible()
    else:
        hours = page.get_by_role("table", name="Otevírací doba podle dnů v týdnu")
        first_day, rows = service.opening_days()[0]
        row = hours.get_by_role("row", name=re.compile(first_day, re.IGNORECASE))
        assert rows[0].opens.strftime("%-H.%M") in row.inner_text()
    assert_no_horizontal_scrolling(page)
    axe_check(page)

    page.get_by_role("main").get_by_role("link", name=service.provider.title, exact=True).click()
    page.wait_for_url(f"**{service.provider.url}")
    assert page.get_by_role("heading", level=1).inner_text() == service.provider.title
    assert page.get_by_role("main").get_by_role("link", name=title).is_visible(), "not listed"
    assert_no_horizontal_scrolling(page)
    axe_check(page)


def test_catalogue_filters_work_with_the_keyboard_alone(live_demo, page):
    page.goto("/katalog/?q=azylovy+dum")
    unfiltered = results_count(page)
    form = catalogue_form(page)
    form.get_by_label("Co hledáte?").focus()

    # The filter groups are closed disclosures: Tab to one, Enter opens it.
    summary = district_filter(page)
    tab_to(page, summary)
    page.keyboard.press("Enter")
    district = form.get_by_label(re.compile(rf"^{DISTRICT} \(\d+\)"))
    tab_to(page, district, limit=30)
    page.keyboard.press("Space")
    assert district.is_checked(), "Space did not check the district"

    apply = form.get_by_role("button", name="Použít filtry")
    tab_to(page, apply, limit=80)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(rf"obvod={DISTRICT_SLUG}"))
    assert 0 < results_count(page) < unfiltered
    district = catalogue_form(page).get_by_label(re.compile(rf"^{DISTRICT} \(\d+\)"))
    assert district.is_checked(), "the chosen district is not kept checked after submitting"

    # Back to the first result by keyboard, and open it with Enter.
    first = result_links(page).first
    title, href = first.inner_text(), first.get_attribute("href")
    tab_to(page, first, limit=120)
    assert is_focused(first)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    assert page.get_by_role("heading", level=1).inner_text() == title
