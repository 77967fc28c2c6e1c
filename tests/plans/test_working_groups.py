"""A citizen follows a working group: its people, members, measures, minutes and meetings."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import querydict_from_html

from campaigns.models import EventIndexPage, EventStatus
from campaigns.templatetags.campaign_tags import when
from plans.demo.ostrava import NEXT_MEETING_EVENT_SLUG, link_next_meeting
from plans.models import MeetingMinutesPage, WorkingGroupPage
from portal.demo.pages import ensure_child
from portal.models import StandardPage
from tests.plans.builders import meeting

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
    assert 'href="/komunitni-planovani/5-komunitni-plan-navrh/opatreni/4-1/"' in html
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


def test_working_group_shows_its_next_meetings_from_the_calendar(client, home_page, groups_index):
    group = ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>x</p>"
    )
    other = ensure_child(groups_index, WorkingGroupPage, "deti", title="Děti", purpose="<p>x</p>")
    events = ensure_child(home_page, EventIndexPage, "akce", title="Akce")
    soon = meeting(events, group, "brzy", 10)
    meeting(events, group, "zruseno", 3, status=EventStatus.CANCELLED)
    meeting(events, group, "loni", -300)
    meeting(events, other, "jina-skupina", 2)

    html = client.get(group.url).content.decode()

    upcoming = html.split('id="setkani-title"')[1].split("</section>")[0]
    assert soon.next_occurrence().local_start.isoformat() in upcoming
    assert f'href="{soon.url}"' in upcoming
    assert upcoming.count("<li>") == 1
    assert "Schází se" not in html


def test_working_group_says_how_often_it_meets_from_its_repeating_meeting(
    client, home_page, groups_index
):
    group = ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>x</p>"
    )
    events = ensure_child(home_page, EventIndexPage, "akce", title="Akce")
    weekly = meeting(events, group, "kazdy-tyden", 1, recurrence_rule="FREQ=WEEKLY")
    first = weekly.next_occurrence()

    group_html = client.get(group.url).content.decode()
    index_html = client.get(groups_index.url).content.decode()

    assert "<dt>Schází se</dt><dd>každý týden od 13:00 do 15:00, Klub seniorů</dd>" in group_html
    upcoming = group_html.split('id="setkani-title"')[1].split("</section>")[0]
    assert upcoming.count("<li>") == 3
    assert f"Nejbližší setkání: {when(first)}" in index_html


def test_working_groups_are_counted_in_czech(client, planning_index, groups_index):
    shown = {}
    for number in range(1, 6):
        ensure_child(
            groups_index,
            WorkingGroupPage,
            f"skupina-{number}",
            title=f"Skupina {number}",
            purpose="<p>x</p>",
        )
        shown[number] = client.get(planning_index.url).content.decode()

    assert "1 pracovní skupina" in shown[1]
    assert "2 pracovní skupiny" in shown[2] and "4 pracovní skupiny" in shown[4]
    assert "5 pracovních skupin" in shown[5]
    assert "Celkem 5 pracovních skupin." in client.get(groups_index.url).content.decode()


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


def edit_form(client, page, **changes):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    data = querydict_from_html(response.text, form_id="page-edit-form")
    fields = {key: data.getlist(key) for key in data}
    fields.update(changes)
    return fields


def test_coordinator_names_a_members_representative_and_substitute(client, plans_demo):
    user = get_user_model().objects.create_superuser("koordinator", "k@example.org", "heslo")
    client.force_login(user)
    group = WorkingGroupPage.objects.get(slug="deti-a-rodina")
    url = f"/admin/pages/{group.pk}/edit/"

    data = edit_form(
        client,
        group,
        **{
            "member_organisations-1-representative": "Mgr. Jana Nováková",
            "member_organisations-1-substitute": "Bc. Petr Novák",
            "action-publish": "action-publish",
        },
    )
    assert client.post(url, data).status_code == 302

    html = client.get(GROUP).content.decode()
    assert "Mgr. Jana Nováková" in html and "Bc. Petr Novák" in html
    assert '<caption id="clenove-caption">Organizace zastoupené ve skupině (5)</caption>' in html


def test_a_member_without_organisation_is_refused_in_czech_and_nothing_saved(client, plans_demo):
    user = get_user_model().objects.create_superuser("koordinator", "k@example.org", "heslo")
    client.force_login(user)
    group = WorkingGroupPage.objects.get(slug="deti-a-rodina")
    before = [member.label for member in group.members]

    data = edit_form(
        client,
        group,
        **{
            "member_organisations-0-provider": "",
            "member_organisations-0-name": "",
            "action-publish": "action-publish",
        },
    )
    response = client.post(f"/admin/pages/{group.pk}/edit/", data)

    assert response.status_code == 200
    assert "Vyberte poskytovatele nebo vyplňte název." in response.content.decode()
    assert [m.label for m in WorkingGroupPage.objects.get(pk=group.pk).members] == before


def agenda_with_task(minutes, code):
    raw = minutes.agenda.raw_data
    items = [dict(item) for item in raw]
    value = dict(items[0]["value"])
    value["decisions"] = [
        {
            "type": "item",
            "id": "ukol-1",
            "value": {"text": "Připravit popis cílové skupiny", "measure": code},
        }
    ]
    items[0]["value"] = value
    return items


def test_minutes_link_their_meeting_and_the_measures_their_tasks_point_to(
    client, plans_demo, home_page
):
    events = ensure_child(home_page, EventIndexPage, "akce", title="Akce")
    group = WorkingGroupPage.objects.get(slug="deti-a-rodina")
    held = meeting(events, group, "brezen-2018", -30)
    minutes = MeetingMinutesPage.objects.get(slug="zapis-2018-03-08")
    measure = group.specific.measures()[0]

    minutes.meeting = held
    minutes.agenda = agenda_with_task(minutes, measure.code)
    minutes.full_clean()
    minutes.save_revision().publish()

    html = client.get(MINUTES).content.decode()
    assert f'<a href="{held.url}">{held.title}</a> v kalendáři akcí' in html
    assert f'<a href="{measure.get_url()}">opatření {measure.code}' in html


def test_a_task_pointing_to_an_unknown_measure_is_refused_in_czech(plans_demo):
    minutes = MeetingMinutesPage.objects.get(slug="zapis-2018-03-08")
    minutes.agenda = agenda_with_task(minutes, "9.9")

    with pytest.raises(ValidationError) as refused:
        minutes.full_clean()

    assert "v žádném zveřejněném plánu nemá: 9.9" in str(refused.value)
