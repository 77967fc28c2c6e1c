"""Issue 6: a visitor finds the next conference on the home page, saves it to a calendar and
registers for it."""

import re
import uuid
from pathlib import Path

import icalendar
from django.core import mail
from django.core.cache import cache

from campaigns.models.registration import Registration
from campaigns.views import REGISTRATION_ATTEMPTS


def allow_registrations_from_the_browser():
    """Forget earlier attempts of the rate limit (10 per IP address) of the live server."""
    for address in ("127.0.0.1", "::1", "localhost"):
        cache.delete(REGISTRATION_ATTEMPTS.key(address))


def test_visitor_finds_conference_adds_it_to_calendar_and_registers(live_demo, page, axe_check):
    allow_registrations_from_the_browser()
    page.goto("/")
    upcoming = page.get_by_role("region", name="Nejbližší akce")
    conference = upcoming.get_by_role("listitem").filter(has_text="Konference").first
    link = conference.get_by_role("heading", level=3).get_by_role("link")
    title, href = link.inner_text(), link.get_attribute("href")
    link.click()

    page.wait_for_url(f"**{href}")
    assert page.get_by_role("heading", level=1).inner_text() == title
    starts = page.get_by_role("complementary").locator("time").first.get_attribute("datetime")

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^Přidat do kalendáře")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics"), download.suggested_filename
    ics = Path(download.path()).read_bytes()
    assert ics.startswith(b"BEGIN:VCALENDAR"), ics[:80]
    calendar = icalendar.Calendar.from_ical(ics)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1, f"{len(events)} events in the file"
    assert str(events[0]["SUMMARY"]) == title
    assert events[0].decoded("DTSTART").isoformat() == starts

    page.get_by_role("link", name=re.compile(r"^Registrovat se")).click()
    page.wait_for_url(re.compile(r"/registrace/$"))
    assert title in page.get_by_role("heading", level=1).inner_text()
    axe_check(page)

    # Sent empty: the errors are listed, linked to their fields, and the page still passes axe.
    page.get_by_role("button", name="Registrovat se").click()
    alert = page.get_by_role("alert")
    assert "Formulář obsahuje chyby" in alert.inner_text()
    alert.get_by_role("link", name=re.compile(r"^E-mail")).wait_for()
    axe_check(page)

    email = f"navstevnik-{uuid.uuid4().hex[:8]}@example.org"
    page.get_by_label(re.compile(r"^Jméno a příjmení")).fill("Věra Návštěvnická")
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Organizace")).fill("Pěstouni Ostrava")
    page.get_by_label(re.compile(r"^Poznámka")).fill("Budu potřebovat bezbariérový vstup.")
    page.get_by_label(re.compile(r"^Souhlasím se zpracováním")).check()
    page.get_by_role("button", name="Registrovat se").click()

    # The page says the same for any address; the details come by e-mail.
    page.get_by_role("status").filter(has_text="registraci jsme přijali").wait_for()
    assert email not in page.locator("body").inner_text()
    axe_check(page)

    message = next(message for message in mail.outbox if message.to == [email])
    manage_url = re.search(r"https?://\S+/registrace/[0-9a-f-]+/", message.body)[0]
    page.goto(manage_url)
    confirmation = page.get_by_role("status").filter(has_text="Registrace je potvrzená")
    assert email in confirmation.inner_text()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Vaše registrace")
    registration = Registration.objects.get(email=email)
    assert registration.event.title == title
    assert registration.status == "confirmed"
    assert registration.organisation == "Pěstouni Ostrava"
    axe_check(page)
