"""Plan pages cost the same number of SQL queries with 3 items as with 30."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from campaigns.models import EventIndexPage
from catalogue.models import ProviderPage
from plans.demo.documents import ensure_collections
from plans.models import (
    DocumentLibraryPage,
    MeetingMinutesPage,
    PlanComment,
    WorkingGroupMember,
    WorkingGroupPage,
)
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child
from tests.catalogue import factories as catalogue_factories
from tests.plans.builders import meeting

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def queries(client, url, bound, assert_max, **params):
    """Render ``url`` once to warm caches, then count the queries of a second render."""
    assert client.get(url, params).status_code == 200
    with assert_max(bound) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def documents(count):
    root, collections = ensure_collections()
    Document = get_document_model()
    made = []
    for number in range(count):
        document = Document(title=f"Zápis {number}", collection=collections["Zápisy"])
        document.file.save(f"zapis-{number}.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document._set_document_file_metadata()
        document.save()
        made.append(document)
    return root, made


def providers(home_page, count):
    index = catalogue_factories.catalogue_index(home_page)
    return [
        catalogue_factories.provider(index, f"Organizace {n}, z. s.", f"organizace-{n}")
        for n in range(count)
    ]


@pytest.mark.parametrize("size", SIZES)
def test_plan_and_its_print_view(client, make_plan, django_assert_max_num_queries, size):
    plan = make_plan(measures_per_goal=size, goals=3)
    queries(client, plan.url, 15, django_assert_max_num_queries)
    queries(client, plan.url + "tisk/", 15, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_consultation_form_and_resolution(client, make_plan, django_assert_max_num_queries, size):
    today = timezone.localdate()
    plan = make_plan(measures_per_goal=size)
    queries(client, plan.url + "pripominky/", 15, django_assert_max_num_queries)
    closed = make_plan(
        slug="uzavreny",
        measures_per_goal=size,
        status=PlanStatus.DRAFT,
        consultation_start=today - datetime.timedelta(days=30),
        consultation_end=today - datetime.timedelta(days=1),
        publish_resolution=True,
    )
    PlanComment.objects.bulk_create(
        PlanComment(
            plan=closed,
            target_label="Plán jako celek",
            name=f"Občan {n}",
            email=f"obcan{n}@example.org",
            comment=f"Připomínka {n}.",
            consent=True,
            resolution=PlanComment.Resolution.PARTLY,
            resolution_reasoning="Doplní akční plán.",
        )
        for n in range(size)
    )
    queries(client, closed.url + "vyporadani/", 16, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_working_group_with_members_measures_and_minutes(
    client, home_page, groups_index, make_plan, django_assert_max_num_queries, size
):
    members = [
        WorkingGroupMember(provider=page, representative=f"Zástupce {n}")
        for n, page in enumerate(providers(home_page, size))
    ]
    group = ensure_child(
        groups_index,
        WorkingGroupPage,
        "deti-a-rodina",
        title="Děti a rodina",
        purpose="<p>Plánuje služby pro rodiny.</p>",
        member_organisations=members,
    )
    make_plan(measures_per_goal=size, group=group)
    events = ensure_child(home_page, EventIndexPage, "akce", title="Akce")
    for n in range(size):
        ensure_child(
            group,
            MeetingMinutesPage,
            f"zapis-{n}",
            title=f"Zápis {n}",
            meeting_date=datetime.date(2018, 1, 1) + datetime.timedelta(days=n),
            place="Prokešovo nám. 8",
        )
        meeting(events, group, f"setkani-{n}", n + 1)
    queries(client, group.url, 21, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_working_groups_with_their_next_meetings(
    client, home_page, planning_index, groups_index, django_assert_max_num_queries, size
):
    events = ensure_child(home_page, EventIndexPage, "akce", title="Akce")
    for n in range(size):
        group = ensure_child(
            groups_index, WorkingGroupPage, f"skupina-{n}", title=f"Skupina {n}", purpose="<p>x</p>"
        )
        meeting(events, group, f"setkani-{n}", n + 1, recurrence_rule="FREQ=WEEKLY")
    queries(client, groups_index.url, 15, django_assert_max_num_queries)
    queries(client, planning_index.url, 15, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_minutes_with_agenda_and_attachments(
    client, groups_index, django_assert_max_num_queries, size
):
    group = ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>Senioři.</p>"
    )
    _root, attachments = documents(size)
    agenda = [
        (
            "item",
            {
                "title": f"Bod {n}",
                "discussion": "<p>Jednalo se.</p>",
                "decisions": [{"text": "Úkol", "responsible": "Koordinátor", "due": None}],
            },
        )
        for n in range(size)
    ]
    minutes = ensure_child(
        group,
        MeetingMinutesPage,
        "zapis",
        title="Zápis",
        meeting_date=datetime.date(2018, 3, 8),
        place="Prokešovo nám. 8",
        agenda=agenda,
        attachments=[("document", document) for document in attachments],
    )
    queries(client, minutes.url, 20, django_assert_max_num_queries)


@pytest.mark.parametrize("size", SIZES)
def test_document_library_with_text_and_filters(
    client, planning_index, django_assert_max_num_queries, size
):
    root, _documents = documents(size)
    library = ensure_child(
        planning_index, DocumentLibraryPage, "dokumenty", title="Dokumenty", root_collection=root
    )
    queries(client, library.url, 20, django_assert_max_num_queries)
    queries(client, library.url, 21, django_assert_max_num_queries, typ="pdf", q="zapis")
    assert ProviderPage.objects.count() == 0
