"""A citizen follows a working group: its people, members, measures, minutes and meetings."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from plans.demo.ostrava import NEXT_MEETING_EVENT_SLUG, link_next_meeting
from plans.models import MeetingMinutesPage, WorkingGroupPage
from portal.demo.pages import ensure_child
from portal.models import StandardPage

pytestmark = pytest.mark.django_db

GROUP = "/komunitni-planovani/pracovni-skupiny/deti-a-rodina/"
MINUTES = GROUP + "zapis-2018-03-08/"


def test_citizen_reads_working_group_with_its_measures_and_minutes(client, plans_demo):
    response = client.get(GROUP)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Pracovní skupina Děti a rodina</h1>" in html
    assert "Mgr. Martin Bittner" in html
    assert "Bc. Petr Štícha" in html
    assert "Slezská diakonie" in html
    assert 'href="/komunitni-planovani/5-komunitni-plan-navrh/#opatreni-4-1"' in html
    assert 'href="/komunitni-planovani/pracovni-skupiny/deti-a-rodina/zapis-2018-03-08/"' in html


def test_citizen_reads_minutes_with_agenda_decisions_and_next_meeting(client, plans_demo):
    response = client.get(MINUTES)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1>") == 1
    assert "8. 3. 2018, od 13:00" in html
    assert "Prokešovo nám. 8" in html
    assert "Příprava V. KP – rozvojové cíle a opatření" in html
    assert "odpovídá Sdružení sociálních asistentů, z.s., do 20. 3. 2018" in html
    assert "čtvrtek 19. 4. 2018, 13–15 hod." in html
    assert "L. Ševčíka 420/26" in html
    assert "(PDF, " in html


def test_minutes_link_the_next_meeting_event_once_it_exists(client, plans_demo, home_page):
    event = ensure_child(
        home_page, StandardPage, NEXT_MEETING_EVENT_SLUG, title="Setkání PS Děti a rodina"
    )
    minutes = MeetingMinutesPage.objects.get(slug="zapis-2018-03-08")

    link_next_meeting(minutes, lambda message: None)

    minutes.refresh_from_db()
    assert minutes.next_meeting_id == event.pk
    assert f'href="{event.url}"' in client.get(MINUTES).content.decode()


def test_working_group_shows_upcoming_meeting_announced_in_minutes(client, groups_index):
    group = ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>x</p>"
    )
    soon = timezone.localdate() + datetime.timedelta(days=10)
    ensure_child(
        group,
        MeetingMinutesPage,
        "zapis",
        title="Zápis",
        meeting_date=timezone.localdate(),
        place="Radnice",
        next_meeting_date=soon,
        next_meeting_place="Klub seniorů",
    )

    html = client.get(group.url).content.decode()

    assert f"{soon:%-d. %-m. %Y}, Klub seniorů" in html


def test_minutes_with_gps_link_to_a_map(client, groups_index):
    group = ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>x</p>"
    )
    minutes = ensure_child(
        group,
        MeetingMinutesPage,
        "zapis",
        title="Zápis",
        meeting_date=datetime.date(2018, 4, 19),
        place="Bílý nosorožec, L. Ševčíka 420/26",
        latitude="49.822802",
        longitude="18.247618",
    )

    html = client.get(minutes.url).content.decode()

    assert "https://www.openstreetmap.org/?mlat=49.822802&amp;mlon=18.247618" in html


def test_editor_opens_minutes_in_admin(client, plans_demo):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "heslo")
    client.force_login(user)
    minutes = MeetingMinutesPage.objects.get(slug="zapis-2018-03-08")

    response = client.get(f"/admin/pages/{minutes.pk}/edit/")

    assert response.status_code == 200
    assert "Příští setkání (akce)" in response.content.decode()
