"""Measures tied to services, evaluated in bulk, and the coordinator's dashboard panel."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from plans.models import MeasureEvaluation, PlanComment, WorkingGroupPage
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("koordinatorka", "k@example.org", "heslo")
    client.force_login(user)
    return user


@pytest.fixture
def group(groups_index):
    return ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>Senioři.</p>"
    )


def test_service_page_names_the_measures_it_carries_and_the_measure_its_services(
    client, home_page, make_plan
):
    index = catalogue_factories.catalogue_index(home_page)
    provider = catalogue_factories.provider(index, "Slezská diakonie", "slezska-diakonie")
    service = catalogue_factories.service(provider, "Denní stacionář Ostrava", "stacionar")
    plan = make_plan(status=PlanStatus.APPROVED)
    measure = plan.measures.get(code="1.2.2")
    measure.services.add(service)
    measure.save()  # a cluster's many-to-many is written when the measure is saved
    hidden = make_plan("interni", title="Interní plán")
    hidden_measure = hidden.measures.get(code="1.1.1")
    hidden_measure.services.add(service)
    hidden_measure.save()
    hidden.unpublish()

    service_html = client.get(service.url).content.decode()
    measure_html = client.get(measure.get_url()).content.decode()

    assert "Tato služba naplňuje" in service_html
    assert f'<a href="{plan.url}opatreni/1-2-2/">opatření 1.2.2</a>' in service_html
    assert "Interní plán" not in service_html
    assert f'<a href="{service.url}">Denní stacionář Ostrava</a>' in measure_html


def test_coordinator_sets_the_status_of_a_groups_measures_at_once(
    client, coordinator, make_plan, group
):
    plan = make_plan(group=group, status=PlanStatus.APPROVED)
    other = make_plan("jiny", title="Jiný plán", group=group)
    url = reverse("plans_bulk_status")
    query = f"?plan={plan.pk}&skupina={group.pk}&rok=2026"
    measures = list(plan.measures.order_by("code"))

    page = client.get(url + query)
    assert page.status_code == 200
    assert "Opatření 1.1.1 Opatření číslo 1-1" in page.content.decode()
    data = {f"stav_{m.pk}": m.status for m in measures}
    data[f"stav_{measures[1].pk}"] = "in_progress"
    data[f"stav_{measures[3].pk}"] = "cancelled"
    response = client.post(url + query, data)

    assert response.status_code == 302
    statuses = dict(plan.measures.values_list("code", "status"))
    assert statuses == {
        "1.1.1": "done",
        "1.1.2": "in_progress",
        "1.2.1": "done",
        "1.2.2": "cancelled",
    }
    assert set(MeasureEvaluation.objects.values_list("measure__code", "year")) == {
        ("1.1.2", 2026),
        ("1.2.2", 2026),
    }
    assert not MeasureEvaluation.objects.filter(measure__plan=other).exists()


@pytest.mark.parametrize(
    "query, message",
    [
        ("?plan={plan}&skupina={group}&rok=2031", "Rok musí spadat do období plánu (2025–2028)."),
        ("?plan=999999&skupina={group}&rok=2026", "Vyberte plán ze seznamu."),
        ("?plan={plan}&skupina={group}&rok=letos", "Rok zadejte číslem, např. 2025."),
    ],
)
def test_bulk_status_bad_input_is_explained_in_czech_and_saves_nothing(
    client, coordinator, make_plan, group, query, message
):
    plan = make_plan(group=group)
    url = reverse("plans_bulk_status") + query.format(plan=plan.pk, group=group.pk)
    data = {f"stav_{m.pk}": "cancelled" for m in plan.measures.all()}

    assert message in client.get(url).content.decode()
    response = client.post(url, data)

    assert response.status_code == 200
    assert not MeasureEvaluation.objects.exists()
    assert not plan.measures.filter(status="cancelled").exists()


def test_bulk_status_refuses_an_unknown_status(client, coordinator, make_plan, group):
    plan = make_plan(group=group)
    url = reverse("plans_bulk_status") + f"?plan={plan.pk}&skupina={group.pk}&rok=2026"
    data = {f"stav_{m.pk}": "cancelled" for m in plan.measures.all()}
    data[f"stav_{plan.measures.first().pk}"] = "<script>"

    response = client.post(url, data)

    assert "Vyberte stav ze seznamu." in response.content.decode()
    assert not MeasureEvaluation.objects.exists()


def test_dashboard_lists_due_evaluations_and_comments_to_resolve(client, coordinator, make_plan):
    from django.utils import timezone

    last_year = timezone.localdate().year - 1
    plan = make_plan(
        status=PlanStatus.APPROVED, period_start=last_year - 1, period_end=last_year + 2
    )
    evaluated = plan.measures.get(code="1.1.1")
    MeasureEvaluation.objects.create(measure=evaluated, year=last_year, status="done")
    PlanComment.objects.create(
        plan=plan,
        target_label="Plán jako celek",
        name="Jana",
        email="jana@example.org",
        comment="Připomínka",
        consent=True,
    )

    html = client.get("/admin/").content.decode()

    assert f"Vyhodnocení za rok {last_year} chybí u 3 opatření" in html
    assert f"?measure={plan.measures.get(code='1.1.2').pk}" in html
    assert f"?measure={evaluated.pk}" not in html
    assert f"{plan.title}: 1" in html
