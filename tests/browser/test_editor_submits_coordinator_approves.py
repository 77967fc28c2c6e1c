"""Issue 4: an NGO editor changes a service's opening hours and submits them for approval; the
catalogue coordinator approves; the public page shows the new hours. Keyboard where reasonable."""

import datetime
import re

from playwright.sync_api import expect
from wagtail.models import WorkflowState

from catalogue.editors.demo import DEMO_ACCOUNTS, demo_providers
from catalogue.models import OpeningHours, ServicePage
from tests.browser.journeys import admin_login_by_keyboard, admin_logout
from tests.editors.english import english_in

ACCOUNTS = {account.username: account for account in DEMO_ACCOUNTS}
COORDINATOR, EDITOR = ACCOUNTS["koordinator"], ACCOUNTS["editor-a"]


# Hard-coded in Wagtail's home.html (a screen-reader-only submit button), not in its catalogue.
NOT_TRANSLATABLE = {"Search"}


def assert_no_english(page):
    """The visible text of the page holds none of Wagtail's English messages."""
    assert english_in(page.locator("body").inner_text(), NOT_TRANSLATABLE) == [], page.url


def hours_text(moment):
    return f"{moment.hour}.{moment.minute:02d}"


def public_hours(new_page, service, weekday_name):
    """The hours shown for one weekday on the public service page, to an anonymous visitor."""
    visitor = new_page()
    visitor.goto(service.url)
    table = visitor.get_by_role("table", name="Otevírací doba podle dnů v týdnu")
    text = table.get_by_role("row", name=re.compile(weekday_name, re.IGNORECASE)).inner_text()
    verified = visitor.get_by_text(re.compile(r"^Údaje (ověřeny|zatím)")).inner_text()
    visitor.context.close()
    return text, verified


def test_editor_submits_new_opening_hours_and_coordinator_approves(live_demo, new_page):
    assert COORDINATOR.provider_index is None and EDITOR.provider_index == 0
    provider = demo_providers()[0]
    service = (
        ServicePage.objects.child_of(provider)
        .live()
        .filter(open_nonstop=False, opening_hours__isnull=False)
        .distinct()
        .order_by("path")
        .first()
    )
    assert service is not None, f"{provider} has no service with opening hours"
    first_row = min(service.opening_hours.all(), key=OpeningHours.sort_key)
    new_opens = datetime.time(7, 30)
    if first_row.opens == new_opens:
        new_opens = datetime.time(7, 15)
    assert new_opens < first_row.closes
    weekday = first_row.get_weekday_display()
    before, _ = public_hours(new_page, service, weekday)
    assert hours_text(first_row.opens) in before

    # The editor logs in (keyboard only) and finds the service on the dashboard.
    page = new_page()
    admin_login_by_keyboard(page, EDITOR.username, EDITOR.password)
    organisation = page.get_by_role("region", name=f"Vaše organizace: {provider.title}")
    assert_no_english(page)
    # "Údaje jsou aktuální" on the dashboard records the check (it once answered 403 CSRF).
    with page.expect_navigation():
        organisation.get_by_role(
            "button", name=f"Údaje služby {service.title} jsou aktuální"
        ).click()
    page.get_by_text(f"Děkujeme, údaje služby „{service.title}“ jsou ověřeny").wait_for()
    assert ServicePage.objects.get(pk=service.pk).last_verified == datetime.date.today()
    organisation.get_by_role("link", name=service.title, exact=True).click()
    page.wait_for_url(re.compile(rf"/admin/pages/{service.pk}/edit/"))

    assert_no_english(page)
    # The weekly grid: one row per day, the first time of the day is "<den>, 1. čas: od".
    opens = page.get_by_label(f"{weekday.capitalize()}, 1. čas: od", exact=True)
    assert opens.input_value() == f"{first_row.opens:%-H:%M}"
    opens.fill(new_opens.strftime("%H:%M"))
    page.keyboard.press("Tab")

    # "Odeslat ke schválení" is the editor's primary button, reached by keyboard.
    submit = page.get_by_role("button", name="Odeslat ke schválení", exact=True)
    submit.focus()
    page.keyboard.press("Enter")
    page.get_by_text(re.compile(r"byla odeslána ke schválení koordinátorovi")).wait_for()

    state = WorkflowState.objects.get(
        object_id=str(service.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.requested_by.username == EDITOR.username
    still, _ = public_hours(new_page, service, weekday)
    assert hours_text(first_row.opens) in still, "the change went public before approval"
    admin_logout(page, EDITOR.first_name)

    # The coordinator approves it from the dashboard, with the keyboard.
    admin_login_by_keyboard(page, COORDINATOR.username, COORDINATOR.password)
    pending = page.get_by_role("row").filter(
        has=page.get_by_role("link", name=service.title, exact=True)
    )
    pending = pending.filter(has=page.get_by_role("button", name="Vrátit k úpravám"))
    approve = pending.get_by_role("button", name="Schválit a zveřejnit", exact=True)
    assert_no_english(page)
    approve.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # Back on the dashboard: a confirmation, and the service no longer waits for review.
    page.get_by_text(f"Změny „{service.title}“ jsou schválené a zveřejněné.").wait_for()
    expect(pending).to_have_count(0)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED, state.status
    after, verified = public_hours(new_page, service, weekday)
    assert hours_text(new_opens) in after, after
    assert hours_text(first_row.opens) not in after.split("–")[0], after
    assert verified == f"Údaje ověřeny dne {datetime.date.today():%-d. %-m. %Y}.", verified
