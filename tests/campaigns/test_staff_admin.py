"""Campaign staff manage registrations in the admin: list, export, write to registrants."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from campaigns.models import EventPage, Registration
from catalogue.editors.onboarding import ensure_team
from catalogue.editors.roles import CAMPAIGN_STAFF, setup_roles
from tests.campaigns.factories import EventPageFactory, RegistrationFactory
from tests.catalogue import factories as catalogue_factories
from tests.editors.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, title="Konference", registration_enabled=True)


def test_staff_export_registrants_of_an_event_as_csv(admin_client, event, event_index):
    RegistrationFactory(event=event, name="Jana Nováková", organisation="Poradna")
    RegistrationFactory(event=EventPageFactory(parent=event_index), name="Někdo jiný")

    response = admin_client.get(
        reverse("campaigns_registration:index"), {"event": event.pk, "export": "csv"}
    )
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))

    assert response.status_code == 200
    assert len(rows) == 2
    assert "Jana Nováková" in rows[1] and "Poradna" in rows[1]


def test_staff_see_registrants_in_the_admin(admin_client, event):
    RegistrationFactory(event=event, name="Jana Nováková")

    html = admin_client.get(reverse("campaigns_registration:index")).content.decode()

    assert "Jana Nováková" in html


def test_staff_write_to_confirmed_registrants(admin_client, event):
    RegistrationFactory(event=event, email="potvrzena@example.org")
    RegistrationFactory(event=event, email="ceka@example.org", status=Registration.Status.WAITING)
    url = reverse("campaigns_email_registrants", args=[event.pk])

    form = admin_client.get(url)
    response = admin_client.post(
        url, {"recipients": "confirmed", "subject": "Změna sálu", "body": "Sejdeme se v sále 2."}
    )

    assert form.status_code == 200
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["potvrzena@example.org"]]
    assert mail.outbox[0].subject == "Změna sálu"


def test_only_those_who_manage_registrations_may_write_to_registrants(client, event, home_page):
    """Issue 14: any admin account could e-mail every registrant of any event."""
    RegistrationFactory(event=event, email="potvrzena@example.org")
    setup_roles()
    staff = make_user("kampane", Group.objects.get(name=CAMPAIGN_STAFF))
    provider = catalogue_factories.provider(catalogue_factories.catalogue_index(home_page))
    editor = make_user("editor-a", ensure_team(provider).group)
    url = reverse("campaigns_email_registrants", args=[event.pk])
    message = {"recipients": "all", "subject": "Podvrh", "body": "Text útočníka."}

    client.force_login(editor)
    refused = [client.get(url), client.post(url, message)]
    client.force_login(staff)
    allowed = client.post(url, message)

    assert all(response.status_code in (302, 403) for response in refused)
    assert all(response.get("Location") in (None, "/admin/") for response in refused)
    assert allowed.status_code == 302
    assert [m.to for m in mail.outbox] == [["potvrzena@example.org"]]


def test_registrations_are_deleted_some_time_after_the_event(event_index):
    old = EventPageFactory(
        parent=event_index,
        start=timezone.now() - timedelta(days=200),
        end=timezone.now() - timedelta(days=200) + timedelta(hours=2),
    )
    recent = EventPageFactory(parent=event_index)
    RegistrationFactory(event=old)
    kept = RegistrationFactory(event=recent)
    output = io.StringIO()

    call_command("delete_old_registrations", "--days", "90", stdout=output)

    assert list(Registration.objects.all()) == [kept]
    assert "Smazáno registrací: 1" in output.getvalue()


def test_editor_opens_the_forms_for_every_campaign_page_type(admin_client, campaign, event_index):
    event = EventPageFactory(parent=event_index)
    urls = [
        reverse("wagtailadmin_pages:edit", args=[campaign.pk]),
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
        reverse("wagtailadmin_pages:add", args=["campaigns", "eventpage", event_index.pk]),
        reverse(
            "wagtailadmin_pages:add", args=["campaigns", "campaignpage", campaign.get_parent().pk]
        ),
    ]

    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert (
            "Pravidlo opakování" in response.content.decode()
            or "Motto" in response.content.decode()
        )


def test_editor_publishes_a_monthly_meeting(admin_client, event_index):
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "eventpage", event_index.pk])
    data = nested_form_data(
        {
            "title": "Setkání pracovní skupiny",
            "slug": "setkani-pracovni-skupiny",
            "category": "pracovni-skupina",
            "introduction": "Pravidelné setkání.",
            "start": "2026-01-15 13:00",
            "end": "2026-01-15 15:00",
            "recurrence_rule": "FREQ=MONTHLY;BYDAY=3TH",
            "recurrence_exceptions": "",
            "status": "scheduled",
            "is_free": "on",
            "waiting_list": "on",
            "body": streamfield([]),
            "programme": streamfield([]),
            "speakers": streamfield([]),
            "documents": streamfield([]),
            "action-publish": "publish",
        }
    )

    response = admin_client.post(url, data)

    event = EventPage.objects.get(slug="setkani-pracovni-skupiny")
    assert response.status_code == 302
    assert event.live and event.is_recurring and event.series_end is None


def test_editor_sees_a_czech_error_for_a_broken_rule(admin_client, event_index):
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "eventpage", event_index.pk])
    data = nested_form_data(
        {
            "title": "Rozbitá akce",
            "slug": "rozbita-akce",
            "category": "seminar",
            "introduction": "Úvod.",
            "start": "2026-01-15 13:00",
            "end": "2026-01-15 15:00",
            "recurrence_rule": "FREQ=NIKDY",
            "status": "scheduled",
            "body": streamfield([]),
            "programme": streamfield([]),
            "speakers": streamfield([]),
            "documents": streamfield([]),
            "action-publish": "publish",
        }
    )

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "Pravidlo opakování není platné" in response.content.decode()
    assert not EventPage.objects.filter(slug="rozbita-akce").exists()


@pytest.mark.parametrize("count", [3, 30])
def test_registration_list_needs_a_bounded_number_of_queries(
    admin_client, event, count, django_assert_max_num_queries
):
    RegistrationFactory.create_batch(count, event=event)
    admin_client.get(reverse("campaigns_registration:index"))

    with django_assert_max_num_queries(25):
        response = admin_client.get(reverse("campaigns_registration:index"))

    assert response.status_code == 200
