"""Issue 7: a citizen comments on a measure of the plan in consultation, a coordinator resolves
the comment in the admin; the plan's table of contents works with the keyboard."""

import re
import uuid

from plans.models import PlanComment
from tests.browser.journeys import admin_login_by_keyboard, is_focused, tab_to

MEASURE_LINK = re.compile(r"^Připomínkovat opatření (\S+)$")


def open_plan_in_consultation(page):
    page.goto("/komunitni-planovani/")
    plans = page.get_by_role("region", name="Komunitní plány")
    card = plans.get_by_role("listitem").filter(has_text="V připomínkování").first
    link = card.get_by_role("link")
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{href}")
    consultation = page.get_by_role("region", name="Veřejné připomínkování")
    assert "Připomínkování je otevřené" in consultation.inner_text()


def test_citizen_comments_on_a_measure_and_coordinator_resolves_it(live_demo, new_page):
    page = new_page()
    open_plan_in_consultation(page)
    plan_title = page.get_by_role("heading", level=1).inner_text()

    comment_link = page.get_by_role("main").get_by_role("link", name=MEASURE_LINK).nth(1)
    code = MEASURE_LINK.match(comment_link.inner_text()).group(1)
    measure = page.get_by_role("article", name=re.compile(rf"^Opatření {re.escape(code)} "))
    measure_title = measure.get_by_role("heading", level=4).inner_text()
    comment_link.click()

    page.wait_for_url(re.compile(r"/pripominky/"))
    target = page.get_by_label(re.compile(r"^K čemu se připomínka vztahuje"))
    selected = target.evaluate("el => el.options[el.selectedIndex].text")
    assert selected == measure_title, f"preselected {selected!r}, not {measure_title!r}"

    marker = uuid.uuid4().hex[:8]
    text = f"Chybí zmínka o podpoře pěstounů na přechodnou dobu ({marker})."
    page.get_by_label(re.compile(r"^Jméno a příjmení")).fill("Olga Občanská")
    page.get_by_label(re.compile(r"^E-mail")).fill(f"olga-{marker}@example.org")
    page.get_by_label(re.compile(r"^Připomínka")).fill(text)
    page.get_by_label(re.compile(r"^Navrhovaná změna")).fill("Doplnit aktivitu pro pěstouny.")
    page.get_by_label(re.compile(r"^Souhlasím se zpracováním")).check()
    page.get_by_role("button", name="Odeslat připomínku").click()

    # The browser keeps the form's fragment (#formular) through the redirect.
    page.wait_for_url(re.compile(r"/pripominky/odeslano/(#\w*)?$"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Děkujeme")
    assert plan_title in page.get_by_role("main").inner_text()
    comment = PlanComment.objects.get(comment=text)
    target = comment.measure or comment.goal
    assert target is not None and target.code == code, comment.target_label
    assert comment.resolution == PlanComment.Resolution.PENDING

    # The demo's plan coordinator resolves it: the live server only sees committed accounts.
    admin = new_page()
    admin_login_by_keyboard(admin, "planovani", "ukazka-planovani")
    admin.get_by_role("link", name="Připomínky k plánům").click()
    row = admin.get_by_role("row").filter(has_text="Olga Občanská").filter(has_text=code)
    assert "Nevypořádáno" in row.inner_text()
    row.get_by_role("link").first.click()

    admin.get_by_label(re.compile(r"^Vypořádání")).select_option(label="Akceptováno částečně")
    admin.get_by_label(re.compile(r"^Odůvodnění vypořádání")).fill(
        "Aktivitu doplníme do opatření v rámci stávajícího rozpočtu."
    )
    admin.get_by_role("button", name=re.compile(r"^Uložit")).first.click()

    admin.get_by_role("row").filter(has_text="Olga Občanská").filter(
        has_text="Akceptováno částečně"
    ).wait_for()
    comment.refresh_from_db()
    assert comment.resolution == PlanComment.Resolution.PARTLY
    assert comment.resolution_reasoning.startswith("Aktivitu doplníme")


def test_plan_table_of_contents_works_with_the_keyboard(live_demo, page):
    open_plan_in_consultation(page)
    toc = page.get_by_role("navigation", name="Obsah plánu")
    entry = toc.get_by_role("link", name=re.compile(r"^Cíl 2 "))
    anchor = entry.get_attribute("href")
    assert anchor.startswith("#"), anchor

    tab_to(page, entry, limit=80)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(rf"{anchor}$"))
    target = page.locator(anchor)
    box = target.bounding_box()
    assert -2 <= box["y"] < page.viewport_size["height"] / 2, f"{anchor} is not scrolled to: {box}"
    # The next Tab continues from the section reached, not from the table of contents.
    page.keyboard.press("Tab")
    inside = target.get_by_role("link").first
    assert is_focused(inside), page.evaluate("() => document.activeElement.outerHTML")
