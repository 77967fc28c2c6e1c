"""Helpers shared by the journey tests: keyboard navigation and the Wagtail admin login."""

import re

PASSWORD_LABEL = re.compile(r"^\s*Heslo")
PHONE = {"width": 360, "height": 740}


def is_focused(locator):
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page, locator, limit=60, key="Tab"):
    """Press Tab (or ``key``) until ``locator`` has the focus; fail after ``limit`` presses."""
    locator.wait_for(state="visible")
    for _ in range(limit):
        page.keyboard.press(key)
        if is_focused(locator):
            return
    focused = page.evaluate("() => document.activeElement.outerHTML.slice(0, 160)")
    raise AssertionError(
        f"{key} did not reach {locator} in {limit} presses; the focus is on {focused}"
    )


def assert_no_horizontal_scrolling(page):
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{page.url} scrolls horizontally: {widths[0]} > {widths[1]} px"


def admin_login_by_keyboard(page, username, password):
    """Log into the Wagtail admin using the keyboard only: type, Tab, type, Enter.

    Keys pressed before the login page has finished loading can be lost on a busy machine, so
    the page is loaded completely first, and what was typed is checked before it is sent.
    """
    page.goto("/admin/login/", wait_until="load")
    username_field = page.get_by_label("Uživatelské jméno")
    password_field = page.get_by_label(PASSWORD_LABEL)
    # The username field has autofocus; a keyboard user starts typing right away.
    page.wait_for_function("() => document.activeElement && document.activeElement.id")
    if not is_focused(username_field):
        tab_to(page, username_field, limit=30)
    page.keyboard.type(username)
    tab_to(page, password_field, limit=3)
    page.keyboard.type(password)
    typed = (username_field.input_value(), password_field.input_value())
    assert typed == (username, password), f"typed {typed!r} into the login form"
    page.keyboard.press("Enter")
    try:
        page.wait_for_url(re.compile(r"/admin/$"))
    except Exception as error:
        raise AssertionError(
            f"{username} was not logged in; the page says: "
            + " ".join(page.locator("body").inner_text().split())[:500]
        ) from error


def admin_logout(page, account_name):
    """Log out through the account menu at the foot of the sidebar (named by the user's name)."""
    page.get_by_role("button", name=account_name, exact=True).click()
    page.get_by_role("button", name="Odhlásit").click()
    page.wait_for_url(re.compile(r"/admin/login/"))
