"""Stored XSS: script and event-handler payloads typed into editor fields in the admin and into
every public form are shown as text, never run, on the public pages and in the admin.

Each payload sets ``window.__xss`` (or opens a dialog) if it runs; every page visited is checked
for that, for elements the payloads would create if they were parsed as HTML, and (on public
pages) for Content-Security-Policy violations.
"""

import re

from campaigns.models import EventPage, Registration
from catalogue.models import District, ServicePage
from plans.models import CommunityPlanPage
from tests.browser.journeys import PASSWORD_LABEL

SCRIPTS = '<script>__xss=1</script><img src=x onerror=__xss=2>"><svg onload=__xss=3>'
HANDLERS = (
    "'><details open ontoggle=__xss=4></script><script>__xss=5</script>"
    '<iframe srcdoc="<script>parent.__xss=6</script>">'
)
DIALOG = "<img src=y onerror=alert(7)>"
EVERYTHING = SCRIPTS + HANDLERS + DIALOG
INJECTED = 'img[src="x"], img[src="y"], svg[onload], details[ontoggle], iframe[srcdoc]'

RECORD_CSP_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation",
    (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));
"""


def open_watched(new_page):
    """A page that records dialogs and CSP violations."""
    page = new_page()
    page.context.add_init_script(RECORD_CSP_VIOLATIONS)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    return page


def assert_nothing_ran(page, url, public=True, shows=None):
    """Open ``url``; no payload ran there, and ``shows`` (a payload) is visible as plain text."""
    page.goto(url, wait_until="load")
    assert_clean(page, url, public=public, shows=shows)


def assert_clean(page, url, public=True, shows=None):
    """No payload ran on the page as it is now (``url`` names it in the messages)."""
    page.wait_for_timeout(50)  # let onerror/ontoggle handlers fire if they were parsed
    state = page.evaluate(
        f"""() => ({{
            xss: window.__xss === undefined ? null : String(window.__xss),
            injected: document.querySelectorAll({INJECTED!r}).length,
            csp: window.__csp || [],
        }})"""
    )
    assert state["xss"] is None, f"a payload ran on {url}: window.__xss = {state['xss']}"
    assert state["injected"] == 0, f"a payload became HTML on {url}"
    assert not page.dialogs, f"a payload opened a dialog on {url}: {page.dialogs}"
    if public:
        assert state["csp"] == [], f"CSP violations on {url}: {state['csp']}"
    if shows:
        # collapsed filter panels hold text too: open them as a visitor would
        page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
        assert shows in page.locator("body").inner_text(), f"{url} does not show the payload"


def register_for_event(page, event):
    page.goto(event.url + "registrace/")
    page.locator("#id_name").fill(SCRIPTS)
    page.locator("#id_email").fill("xss@example.org")
    page.locator("#id_organisation").fill(HANDLERS)
    page.locator("#id_note").fill(EVERYTHING)
    page.locator("#id_consent").check()
    page.get_by_role("button", name=re.compile("Registrovat|náhradník")).click()
    page.wait_for_url(re.compile(r"/registrace/odeslano/$"))
    registration = Registration.objects.get(event=event, email="xss@example.org")
    return f"{event.url}registrace/{registration.token}/"


def comment_on_plan(page, plan):
    page.goto(plan.url + "pripominky/")
    page.locator("#id_name").fill(SCRIPTS)
    page.locator("#id_email").fill("xss@example.org")
    page.locator("#id_organisation").fill(HANDLERS)
    page.locator("#id_comment").fill(EVERYTHING)
    page.locator("#id_proposed_change").fill(HANDLERS)
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Odeslat připomínku").click()
    page.wait_for_url(re.compile(r"/pripominky/odeslano/$"))


def search_for_payloads(page):
    page.goto("/")
    box = page.locator("#quick-search-q")
    # The suggestions are fetched after a pause in typing; check the page once they arrived,
    # before leaving it.
    with page.expect_response(lambda response: "/hledat/napoveda/" in response.url):
        box.fill(SCRIPTS)
    assert_clean(page, "/ (našeptávač)")
    assert_nothing_ran(page, "/hledat/?q=" + SCRIPTS.replace("&", "%26"))
    page.locator("#site-search-q").fill(HANDLERS)
    page.keyboard.press("Enter")
    page.wait_for_load_state("load")


def admin_login(page, username, password):
    page.goto("/admin/login/")
    page.get_by_label("Uživatelské jméno").fill(username)
    page.get_by_label(PASSWORD_LABEL).fill(password)
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def rename_district(page, district):
    page.goto(f"/admin/snippets/catalogue/district/edit/{district.pk}/")
    page.locator("#id_name").fill(SCRIPTS)
    page.locator("footer").get_by_role("button", name="Uložit").first.click()
    page.wait_for_url(re.compile(r"/admin/snippets/catalogue/district/$"))


def edit_and_publish_service(page, service):
    page.goto(f"/admin/pages/{service.pk}/edit/")
    page.locator("#id_title").fill(SCRIPTS + HANDLERS)
    page.locator("#id_summary").fill(EVERYTHING)
    description = page.locator("[data-contentpath='description'] [contenteditable='true']")
    description.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" " + EVERYTHING)
    # Draftail saves its state into the hidden input a moment after typing stops
    page.wait_for_function(
        "() => document.querySelector('input[name=description]').value.includes('alert(7)')"
    )
    page.locator("footer").get_by_role("button", name="Další akce").click()
    page.locator("footer").get_by_role("button", name="Publikovat").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{service.get_parent().pk}/"))


def test_payloads_are_never_executed(live_demo, new_page):
    event = next(e for e in EventPage.objects.live() if e.registration_state() == "open")
    plan = next(p for p in CommunityPlanPage.objects.live() if p.accepts_comments())
    service = ServicePage.objects.live().order_by("path").first()
    district = District.objects.filter(places__isnull=False).first()

    visitor = open_watched(new_page)
    registration_url = register_for_event(visitor, event)
    comment_on_plan(visitor, plan)
    search_for_payloads(visitor)

    admin = open_watched(new_page)
    admin_login(admin, live_demo.admin_username, live_demo.admin_password)
    rename_district(admin, district)
    edit_and_publish_service(admin, service)
    service.refresh_from_db()
    assert service.title == SCRIPTS + HANDLERS
    assert "&lt;script&gt;__xss=1&lt;/script&gt;" in service.description  # stored as text

    for url, shows in [
        (service.url, SCRIPTS + HANDLERS),
        (service.get_parent().url, SCRIPTS + HANDLERS),
        ("/katalog/", SCRIPTS),
        (f"/katalog/?obvod={district.slug}", SCRIPTS),
        ("/katalog/?q=script", None),
        ("/hledat/?q=script", None),
        (registration_url, None),
        (event.url, None),
        (plan.url, None),
    ]:
        assert_nothing_ran(visitor, url, shows=shows)

    for url, shows in [
        ("/admin/", None),
        (f"/admin/pages/{service.get_parent().pk}/", SCRIPTS),
        (f"/admin/pages/{service.pk}/edit/", None),
        (f"/admin/pages/{service.pk}/history/", None),
        ("/admin/pages/search/?q=script", None),
        ("/admin/snippets/catalogue/district/", SCRIPTS),
        (f"/admin/snippets/catalogue/district/edit/{district.pk}/", None),
        ("/admin/registrace/", SCRIPTS),
        ("/admin/pripominky-k-planum/", SCRIPTS),
        ("/admin/hledani/nenalezene/", None),
    ]:
        assert_nothing_ran(admin, url, public=False, shows=shows)
    # a signed-in editor sees the public page with Wagtail's user bar, under the strict policy
    assert_nothing_ran(admin, service.url, shows=SCRIPTS + HANDLERS)
