"""An NGO editor and a catalogue coordinator use a Czech admin: no English from Wagtail, the
workflow in plain words with a confirmation after each step, avatars without Gravatar."""

import re
from datetime import date, timedelta

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from catalogue.editors.roles import CAMPAIGN_STAFF, PLAN_COORDINATORS
from catalogue.models import ServicePage
from tests.editors.conftest import client_for, edit_form_data, make_user
from tests.editors.english import english_in, visible_text
from tests.editors.test_review_workflow import open_task_state, submit_new_hours

# Hard-coded in Wagtail's home.html (a screen-reader-only submit button), not in its catalogue.
NOT_TRANSLATABLE = {"Search"}
LOCALE = settings.BASE_DIR / "locale" / "cs" / "LC_MESSAGES"


def page_text(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return visible_text(response.content.decode())


def assert_czech(client, paths):
    english = {path: english_in(page_text(client, path), NOT_TRANSLATABLE) for path in paths}
    assert english == {path: [] for path in paths}


def default_action(html):
    """The label of the primary button in the page editor's footer."""
    footer = html[html.index('<div class="w-dropdown-button">') :]
    button = footer[footer.index("<button") : footer.index("</button>")]
    return re.sub(r"<[^>]*>?", "", button).strip()


@pytest.fixture
def submitted(world, as_editor_a):
    submit_new_hours(as_editor_a, world["service_a"])
    mail.outbox.clear()
    return world["service_a"]


def test_editor_meets_no_english_on_the_screens_of_their_journey(world, as_editor_a, submitted):
    provider, service = world["provider_a"], world["service_a"]

    assert_czech(
        as_editor_a,
        [
            "/admin/",
            f"/admin/pages/{provider.pk}/",
            f"/admin/pages/{provider.pk}/edit/",
            f"/admin/pages/{service.pk}/edit/",
            f"/admin/pages/add/catalogue/servicepage/{provider.pk}/",
            "/admin/images/",
            "/admin/documents/",
            "/admin/account/",
            "/admin/editori-poskytovatelu/napoveda/",
        ],
    )


def test_coordinator_meets_no_english_on_the_screens_of_their_journey(
    world, as_coordinator, submitted
):
    assert_czech(
        as_coordinator,
        [
            "/admin/",
            f"/admin/pages/{world['catalogue'].pk}/",
            f"/admin/pages/{submitted.pk}/edit/",
            "/admin/editori-poskytovatelu/pridat/",
            "/admin/account/",
        ],
    )


def test_wagtails_banners_and_counts_are_czech(world, as_editor_a, as_coordinator, submitted):
    dashboard = page_text(as_coordinator, "/admin/")
    editor = page_text(as_editor_a, f"/admin/pages/{submitted.pk}/edit/")
    explorer = page_text(as_editor_a, f"/admin/pages/{world['provider_a'].pk}/")

    assert "Hledat ve všech stránkách…" in dashboard
    assert "Čeká na vaše schválení" in dashboard
    assert "Tento obsah (stránka) čeká na schválení." in editor
    assert "Upravovat ho mohou jen schvalovatelé tohoto kroku." in editor
    side_panels = as_coordinator.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    assert "Kontroly" in side_panels and "Rozsah textu" in side_panels
    assert re.search(r"\b1–\d+ z \d+\b", explorer), explorer


def test_javascript_catalogue_is_czech_with_three_plural_forms(as_editor_a):
    catalogue = as_editor_a.get("/admin/jsi18n/").content.decode()

    assert "Pi\\u0161te, nebo napi\\u0161te" in catalogue or "Pište, nebo napište" in catalogue
    assert "Sbalit v\\u0161e" in catalogue or "Sbalit vše" in catalogue
    assert "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2" in catalogue


def test_time_since_an_edit_reads_in_the_right_case():
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    now = timezone.now()
    assert timesince_simple(now - timedelta(minutes=9)) == "před 9\xa0minutami"
    assert timesince_simple(now - timedelta(minutes=1)) == "před 1\xa0minutou"
    assert timesince_simple(now - timedelta(days=3)) == "před 3\xa0dny"
    assert timesince_simple(now) == "právě teď"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_translation_keeps_only_its_placeholders_and_has_czech_plurals(domain):
    catalogue = polib.pofile(str(LOCALE / f"{domain}.po"))
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w+\}")

    assert "nplurals=3;" in catalogue.metadata["Plural-Forms"]
    for entry in catalogue:
        allowed = set(placeholder.findall(entry.msgid + (entry.msgid_plural or "")))
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        assert len(forms) == (3 if entry.msgid_plural else 1), entry.msgid
        for form in forms:
            assert form.strip(), entry.msgid
            assert set(placeholder.findall(form)) <= allowed, entry.msgid
    assert (LOCALE / f"{domain}.mo").stat().st_mtime >= (LOCALE / f"{domain}.po").stat().st_mtime


def test_editor_primary_button_sends_the_change_for_approval(world, as_editor_a):
    html = as_editor_a.get(f"/admin/pages/{world['service_a'].pk}/edit/").content.decode()

    assert default_action(html) == "Odeslat ke schválení"
    assert "Potvrdit" not in visible_text(html)


def test_editor_is_told_the_change_went_for_approval(world, as_editor_a):
    response = submit_new_hours(as_editor_a, world["service_a"])

    shown = page_text(as_editor_a, response.url)
    assert "Stránka „Poradna A“ byla odeslána ke schválení koordinátorovi." in shown


def test_coordinator_primary_button_approves_and_publishes(world, as_coordinator, submitted):
    html = as_coordinator.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()

    assert default_action(html) == "Schválit a zveřejnit"
    assert "Vrátit k úpravám" in html  # in the menu beside it
    assert "zveřejnit a zveřejnit" not in html


def test_coordinator_dashboard_offers_approve_and_return_first(world, as_coordinator, submitted):
    text = page_text(as_coordinator, "/admin/")

    queue = text.index("Čeká na vaše schválení")
    assert queue < text.index("Kontrola katalogu")
    assert text.index("Schválit a zveřejnit", queue) < text.index("Vrátit k úpravám", queue)


def test_approving_confirms_what_happened(world, as_coordinator, submitted):
    response = as_coordinator.post(
        f"/admin/pages/workflow/action/{submitted.pk}/approve/{open_task_state(submitted).pk}/",
        follow=True,
    )

    assert response.redirect_chain[-1][0] == "/admin/"
    assert "Změny „Poradna A“ jsou schválené a zveřejněné." in visible_text(
        response.content.decode()
    )
    assert ServicePage.objects.get(pk=submitted.pk).last_verified == timezone.localdate()


def test_returning_without_a_comment_is_refused_in_czech(world, as_coordinator, submitted):
    task_state = open_task_state(submitted)
    url = f"/admin/pages/workflow/action/{submitted.pk}/reject/{task_state.pk}/"

    response = as_coordinator.post(
        url, {"comment": "  "}, headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert response.status_code == 200
    assert "Napište prosím editorovi, co má upravit." in response.json()["html"]
    state = Page.objects.get(pk=submitted.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert mail.outbox == []


def test_returning_with_a_comment_confirms_and_greets_the_editor_neutrally(
    world, as_coordinator, submitted
):
    task_state = open_task_state(submitted)

    response = as_coordinator.post(
        f"/admin/pages/workflow/action/{submitted.pk}/reject/{task_state.pk}/",
        {"comment": "Doplňte prosím sobotní provoz."},
        follow=True,
    )

    assert "„Poradna A“ je vráceno k úpravám." in visible_text(response.content.decode())
    assert Page.objects.get(pk=submitted.pk).current_workflow_state.status == (
        WorkflowState.STATUS_NEEDS_CHANGES
    )
    [message] = mail.outbox
    assert message.body.startswith("Dobrý den,\n"), message.body[:80]
    assert "Doplňte prosím sobotní provoz." in message.body
    editor_dashboard = page_text(client_for(world["editor_a"]), "/admin/")
    assert "Vráceno k úpravám" in editor_dashboard


def test_confirmation_speaks_only_of_ones_own_decisions(
    world, as_editor_a, as_coordinator, submitted
):
    task_state = open_task_state(submitted)
    as_coordinator.post(f"/admin/pages/workflow/action/{submitted.pk}/approve/{task_state.pk}/")

    response = as_editor_a.get(
        f"/admin/editori-poskytovatelu/schvalovani/{task_state.pk}/", follow=True
    )

    assert "jsou schválené a zveřejněné" not in response.content.decode()


def test_data_are_current_button_on_the_dashboard_works_when_clicked(world):
    service = world["service_a"]
    ServicePage.objects.filter(pk=service.pk).update(last_verified=date(2025, 1, 2))
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world["editor_a"])
    html = browser.get("/admin/").content.decode()
    action = f"/admin/editori-poskytovatelu/overeni/{service.pk}/"
    form = re.search(rf'<form method="post" action="{action}">(.*?)</form>', html, re.S).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    assert token, "the dashboard's form carries no CSRF token"

    response = browser.post(action, {"csrfmiddlewaretoken": token.group(1)}, follow=True)

    assert response.status_code == 200
    assert ServicePage.objects.get(pk=service.pk).last_verified == timezone.localdate()
    assert "jsou ověřeny" in visible_text(response.content.decode())


def test_admin_asks_no_third_party_for_avatars_or_guides(world, as_editor_a):
    world["editor_a"].first_name, world["editor_a"].last_name = "Jana", "Nováková"
    world["editor_a"].save()
    html = as_editor_a.get("/admin/").content.decode()

    assert "gravatar" not in html.lower()
    assert "guide.wagtail.org" not in html and "releases.wagtail.io" not in html
    # What the browser fetches by itself: src attributes and <link href> (not links one follows).
    external = re.findall(r'src="(https?://[^"]+)"|<link[^>]*href="(https?://[^"]+)"', html)
    external = [url for pair in external for url in pair if url]
    assert [url for url in external if not url.startswith(settings.BASE_URL)] == []
    assert "data:image/svg+xml," in html and "%3EJN%3C/text%3E" in html


def test_help_menu_leads_to_the_czech_help_for_editors(world, as_editor_a):
    html = as_editor_a.get("/admin/").content.decode()
    help_page = page_text(as_editor_a, "/admin/editori-poskytovatelu/napoveda/")

    assert "/admin/editori-poskytovatelu/napoveda/" in html
    assert "Nápověda pro editory" in help_page
    for label in ["Vaše organizace", "Odeslat ke schválení", "Údaje jsou aktuální"]:
        assert label in help_page
    for label in ["Čeká na vaše schválení", "Schválit a zveřejnit", "Vrátit k úpravám"]:
        assert label in help_page


def test_approving_in_the_page_editor_confirms_too(world, as_coordinator, submitted):
    data = edit_form_data(
        as_coordinator,
        submitted,
        **{"action-workflow-action": "True", "workflow-action-name": "approve"},
    )

    response = as_coordinator.post(f"/admin/pages/{submitted.pk}/edit/", data, follow=True)

    assert "Změny „Poradna A“ jsou schválené a zveřejněné." in visible_text(
        response.content.decode()
    )
    assert Page.objects.get(pk=submitted.pk).current_workflow_state is None


@pytest.mark.parametrize("role", [CAMPAIGN_STAFF, PLAN_COORDINATORS])
def test_campaign_staff_and_plan_coordinators_meet_no_english(world, role):
    user = make_user(f"uzivatel-{len(role)}", Group.objects.get(name=role))

    assert_czech(client_for(user), ["/admin/", "/admin/account/"])
