"""The service form: opening hours as a weekly grid, one age control, and what reads the hours."""

from datetime import date, time

import pytest

from catalogue.editors.service_form import age_bounds, age_groups_for
from catalogue.models import AgeGroup, OpeningHours, ServicePage
from tests.editors.conftest import edit_form_data

MONDAY = date(2026, 11, 30)


def grid(**days):
    """Form data for the grid: ``po=("otevreno", "8:00-12:00", "13:00-16:00")`` etc."""
    names = ["po", "ut", "st", "ct", "pa", "so", "ne"]
    data = {}
    for weekday, name in enumerate(names):
        state, *intervals = days.get(name, ("zavreno",))
        data[f"weekly_hours-{weekday}-stav"] = state
        for n in range(3):
            opens, closes = intervals[n].split("-") if n < len(intervals) else ("", "")
            data[f"weekly_hours-{weekday}-{n}-od"] = opens
            data[f"weekly_hours-{weekday}-{n}-do"] = closes
    return data


def publish(client, page, **changes):
    data = edit_form_data(client, page, **changes, **{"action-publish": "publish"})
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_the_grid_shows_one_row_per_day_with_the_stored_hours(world, as_superuser):
    service = world["service_a"]  # Monday 8:00–16:00 (factory)

    html = as_superuser.get(f"/admin/pages/{service.pk}/edit/").content.decode()

    assert html.count('name="weekly_hours-') == 7 * (1 + 3 * 2)
    assert 'id="weekly_hours-0-0-od" value="8:00"' in html
    assert 'name="opening_hours-' not in html  # no longer one inline row per time block


def test_editor_sets_several_intervals_nonstop_and_by_appointment(world, as_superuser, client):
    service = world["service_a"]

    response = publish(
        as_superuser,
        service,
        **grid(
            po=("otevreno", "13:00-16:30", "08:00-12:00"),
            st=("nonstop",),
            pa=("po-dohode",),
        ),
    )

    assert response.status_code == 302
    rows = sorted(
        ServicePage.objects.get(pk=service.pk).opening_hours.all(), key=lambda r: r.sort_key()
    )
    assert [(r.weekday, r.kind, r.opens, r.closes) for r in rows] == [
        (0, "", time(8), time(12)),
        (0, "", time(13), time(16, 30)),
        (2, "nonstop", None, None),
        (4, "po-dohode", None, None),
    ]
    public = client.get(service.url).content.decode()
    assert "8.00–12.00, 13.00–16.30" in public
    assert "nonstop" in public and "po dohodě" in public


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (("otevreno", "12:00-8:00"), "pondělí: konec musí být později než začátek."),
        (("otevreno", "8:00-12:00", "11:00-14:00"), "pondělí: časy se překrývají."),
        (("otevreno", "8:00-"), "pondělí: zadejte začátek i konec ve tvaru 8:00."),
        (("otevreno",), "pondělí: zadejte alespoň jeden čas, nebo zvolte jiný stav."),
    ],
)
def test_wrong_hours_get_a_czech_message_and_nothing_is_saved(world, as_superuser, day, message):
    service = world["service_a"]

    response = publish(as_superuser, service, **grid(po=day))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(service.opening_hours.values_list("opens", flat=True)) == [time(8)]


def test_a_draft_keeps_the_grid_until_published(world, as_superuser):
    service = world["service_a"]
    data = edit_form_data(as_superuser, service, **grid(ut=("otevreno", "9:00-11:00")))

    as_superuser.post(f"/admin/pages/{service.pk}/edit/", data)

    assert list(service.opening_hours.values_list("weekday", flat=True)) == [0]
    html = as_superuser.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert 'id="weekly_hours-1-0-od" value="9:00"' in html
    assert 'id="weekly_hours-0-0-od" value=""' in html


def test_hours_today_reads_the_prefetched_rows(world, django_assert_num_queries):
    service = world["service_a"]
    service.opening_hours = [
        OpeningHours(weekday=0, opens=time(13), closes=time(16)),
        OpeningHours(weekday=0, opens=time(8), closes=time(12)),
        OpeningHours(weekday=1, kind=OpeningHours.Kind.BY_APPOINTMENT),
    ]
    service.save()
    page = ServicePage.objects.prefetch_related("opening_hours").get(pk=service.pk)

    with django_assert_num_queries(0):
        monday = [str(row) for row in page.hours_today(MONDAY)]
        tuesday = [str(row) for row in page.hours_today(date(2026, 12, 1))]
        sunday = page.hours_today(date(2026, 12, 6))

    assert (monday, tuesday, sunday) == (["8.00–12.00", "13.00–16.00"], ["po dohodě"], [])
    page.open_nonstop = True
    assert [str(row) for row in page.hours_today(date(2026, 12, 6))] == ["nonstop"]


def test_age_groups_of_the_registry_follow_from_one_age_range():
    groups = [
        AgeGroup(name=name)
        for name in [
            "dorost (16–18 let)",
            "mladí dospělí (19–26 let)",
            "dospělí (27–64 let)",
            "starší senioři (nad 80 let)",
            "bez omezení věku",
        ]
    ]

    assert age_bounds("starší senioři (nad 80 let)") == (81, None)
    assert [g.name for g in age_groups_for(18, 26, groups)] == [
        "dorost (16–18 let)",
        "mladí dospělí (19–26 let)",
    ]
    assert [g.name for g in age_groups_for(65, None, groups)] == ["starší senioři (nad 80 let)"]
    assert [g.name for g in age_groups_for(None, None, groups)] == ["bez omezení věku"]


def test_editor_sets_the_age_once_and_the_groups_follow(world, as_superuser):
    for order, name in enumerate(["dorost (16–18 let)", "dospělí (27–64 let)"]):
        AgeGroup.objects.create(name=name, slug=f"vek-{order}", sort_order=order)
    service = world["service_a"]

    html = as_superuser.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    response = publish(as_superuser, service, age_from="18", age_to="30")

    assert 'name="age_groups"' not in html
    assert response.status_code == 302
    service = ServicePage.objects.get(pk=service.pk)
    assert [g.name for g in service.age_groups.all()] == [
        "dorost (16–18 let)",
        "dospělí (27–64 let)",
    ]
    response = publish(as_superuser, service, age_from="30", age_to="18")
    assert "Horní věková hranice je nižší než dolní." in response.content.decode()
