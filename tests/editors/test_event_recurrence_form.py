"""Campaign staff set a repeating event with choices; the form writes the RRULE."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from campaigns.models import EventPage, Registration
from campaigns.recurrence import compose_rule, rule_choices
from catalogue.editors.roles import CAMPAIGN_STAFF, setup_roles
from tests.campaigns.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    RegistrationFactory,
)
from tests.editors.conftest import make_user


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def staff(home_page, event_index):
    NewsIndexPageFactory(parent=home_page)
    setup_roles()
    client = Client()
    client.force_login(make_user("kampane", Group.objects.get(name=CAMPAIGN_STAFF)))
    return client


@pytest.mark.parametrize(
    "rule",
    [
        "",
        "FREQ=WEEKLY",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        "FREQ=MONTHLY;BYDAY=3TH",
        "FREQ=MONTHLY;BYDAY=-1FR;COUNT=10",
        "FREQ=MONTHLY",
    ],
)
def test_rules_the_form_can_show_come_back_unchanged(rule):
    assert compose_rule(**rule_choices(rule)) == rule


def test_other_rules_are_kept_as_they_are():
    assert rule_choices("FREQ=DAILY;BYHOUR=9") is None
    assert rule_choices("FREQ=YEARLY") is None


def edit_data(client, event, **changes):
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    # Stream fields are rendered by JavaScript: post them empty.
    for name in ("body", "programme", "speakers", "documents"):
        data.update(nested_form_data({name: streamfield([])}))
    for name, value in changes.items():
        if isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    return html, data


def test_an_existing_rule_loads_into_the_form(staff, event_index):
    start = timezone.make_aware(timezone.datetime(2026, 1, 15, 13, 0))  # a third Thursday
    event = EventPageFactory(
        parent=event_index, start=start, recurrence_rule="FREQ=MONTHLY;BYDAY=3TH"
    )

    html, data = edit_data(staff, event)

    assert data["recurrence_rule-opakovani"] == "MONTHLY"
    assert (data["recurrence_rule-poradi"], data["recurrence_rule-den"]) == ("3", "TH")
    assert "FREQ=" not in html.split('id="panel-child-obsah-kdy-section"')[1].split("</section>")[0]


def test_staff_choose_every_other_monday_and_wednesday(staff, event_index):
    start = timezone.make_aware(timezone.datetime(2026, 1, 5, 17, 0))
    event = EventPageFactory(
        parent=event_index, start=start, end=start + timezone.timedelta(hours=2)
    )
    _, data = edit_data(
        staff,
        event,
        **{
            "recurrence_rule-opakovani": "WEEKLY",
            "recurrence_rule-interval": "2",
            "recurrence_rule-dny": ["MO", "WE"],
            "repeat_until": "2026-03-01",
            "recurrence_exceptions": "7. 1. 2026",
            "action-publish": "publish",
        },
    )

    # The test client posts only the last value of each QueryDict key: post the lists.
    response = staff.post(f"/admin/pages/{event.pk}/edit/", dict(data.lists()))

    assert response.status_code == 302
    event = EventPage.objects.get(pk=event.pk)
    assert event.recurrence_rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE"
    days = [
        o.local_start.date() for o in event.occurrences(start, start + timezone.timedelta(days=20))
    ]
    assert days == [date(2026, 1, 5), date(2026, 1, 19), date(2026, 1, 21)]


def test_choosing_no_repetition_clears_the_rule(staff, event_index):
    start = timezone.make_aware(timezone.datetime(2026, 1, 5, 17, 0))
    event = EventPageFactory(parent=event_index, start=start, recurrence_rule="FREQ=WEEKLY")
    _, data = edit_data(
        staff, event, **{"recurrence_rule-opakovani": "", "action-publish": "publish"}
    )

    staff.post(f"/admin/pages/{event.pk}/edit/", data)

    assert EventPage.objects.get(pk=event.pk).recurrence_rule == ""


def test_campaign_dashboard_offers_adding_and_lists_registrations(staff, event_index):
    soon = timezone.now() + timezone.timedelta(days=3)
    events = [
        EventPageFactory(
            parent=event_index,
            title=f"Seminář {n}",
            start=soon + timezone.timedelta(days=n),
            end=soon + timezone.timedelta(days=n, hours=2),
            registration_enabled=True,
            capacity=20,
        )
        for n in range(3)
    ]
    RegistrationFactory.create_batch(2, event=events[0], status=Registration.Status.CONFIRMED)
    RegistrationFactory(event=events[0], status=Registration.Status.WAITING)

    response = staff.get("/admin/")
    html = response.content.decode()

    add_event = reverse("wagtailadmin_pages:add", args=["campaigns", "eventpage", event_index.pk])
    assert f'href="{add_event}"' in html and "Přidat akci" in html and "Přidat aktualitu" in html
    assert "potvrzeno: 2 z 20, náhradníci: 1" in html
    assert html.index("Seminář 0") < html.index("Seminář 1")
    with CaptureQueriesContext(connection) as few:
        staff.get("/admin/")
    for event in EventPageFactory.create_batch(9, parent=event_index, registration_enabled=True):
        RegistrationFactory(event=event)
    with CaptureQueriesContext(connection) as many:
        staff.get("/admin/")
    assert len(many) == len(few)
