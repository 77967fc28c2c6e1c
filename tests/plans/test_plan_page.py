"""A citizen reads a community plan: contents, goals and measures, progress and filters."""

import pytest

from plans.models import CommunityPlanPage, PlanMeasure
from plans.models.plan import PlanStatus

pytestmark = pytest.mark.django_db

ZLIN = "/komunitni-planovani/zlin-2008-2012/"


def test_citizen_reads_zlin_plan_with_contents_and_anchored_measures(client, plans_demo):
    response = client.get(ZLIN)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1>") == 1
    assert 'aria-labelledby="obsah-planu-title"' in html
    assert '<a href="#cil-1-1">Cíl 1.1 Aktivity vedoucí k naplnění volného času mládeže</a>' in html
    assert 'id="opatreni-1-1-2"' in html
    assert "Rozvoj streetworku – terénní práce s neorganizovanou mládeží" in html
    assert html.count('class="goal"') == 23
    assert "Schválený" in html
    assert "Střednědobý plán sociálních a souvisejících služeb ve Zlíně 2008–2012" in html
    assert "(PDF, " in html


def test_citizen_sees_progress_counts_per_status_and_working_group(client, make_plan):
    plan = make_plan(measures_per_goal=3, goals=2)

    html = client.get(plan.url).content.decode()

    overall = plan.progress()["overall"]
    assert overall["total"] == 6
    assert {kind["key"]: kind["count"] for kind in overall["kinds"]} == {
        "fulfilled": 2,
        "in_progress": 0,
        "not_started": 4,
        "dropped": 0,
    }
    # The table gives the chart's figures in text: fulfilled, in progress, not started, dropped.
    assert '<tr><th scope="row">Senioři</th><td>2</td><td>0</td><td>4</td><td>0</td>' in html
    assert '<rect class="progress-bar__part--fulfilled" x="0.00" y="0" width="33.33"' in html
    assert "<title" in html and "Splněno: 2, Probíhá: 0, Nezahájeno: 4" in html


def test_citizen_filters_measures_by_status_and_bearer(client, make_plan):
    plan = make_plan(measures_per_goal=2, goals=2)

    html = client.get(plan.url, {"stav": "done", "nositel": "slezska-diakonie"}).content.decode()

    assert 'id="opatreni-1-1-1"' in html
    assert 'id="opatreni-1-2-1"' in html
    assert 'id="opatreni-1-1-2"' not in html
    assert "Zrušit filtry" in html


def test_filter_with_unknown_values_is_ignored_with_czech_message(client, make_plan):
    plan = make_plan()

    response = client.get(plan.url, {"skupina": "neexistuje", "stav": "<script>"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tato hodnota filtru neexistuje, nepoužili jsme ji." in html
    assert 'id="opatreni-1-1-2"' in html
    assert "<script>" not in html.split('id="obsah"')[1]


def test_filter_matching_nothing_says_so(client, make_plan):
    plan = make_plan()

    html = client.get(plan.url, {"stav": "done", "nositel": "charita-ostrava"}).content.decode()

    assert "Filtrům odpovídá 0 kapitol" in html
    assert 'class="measure"' not in html


@pytest.mark.parametrize("measures", [2, 50])
def test_plan_page_queries_do_not_grow_with_measures(
    client, make_plan, django_assert_max_num_queries, measures
):
    """3 × 50 = 150 measures (the size of a real plan) cost what 6 do: at most 20 queries."""
    plan = make_plan(measures_per_goal=measures, goals=3)
    client.get(plan.url)

    with django_assert_max_num_queries(20):
        response = client.get(plan.url)
    with django_assert_max_num_queries(20):
        filtered = client.get(plan.url, {"stav": "planned"})
    with django_assert_max_num_queries(20):
        single = client.get(plan.url + "opatreni/1-3-2/")

    assert response.status_code == filtered.status_code == single.status_code == 200
    assert response.content.decode().count('class="measure"') == 3 * measures


def test_citizen_prints_the_whole_plan(client, plans_demo):
    response = client.get(ZLIN + "tisk/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="goal"') == 23
    assert "Zajištění provozu denního centra ve Zlíně" in html
    assert "Připomínkovat" not in html
    assert 'name="robots" content="noindex"' in html


def test_each_measure_has_its_own_address_and_the_plan_keeps_its_anchor(client, plans_demo):
    response = client.get(ZLIN + "opatreni/1-1-2/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Rozvoj streetworku – terénní práce s neorganizovanou mládeží" in html
    assert f'href="{ZLIN}#opatreni-1-1-2"' in html
    plan_html = client.get(ZLIN).content.decode()
    assert 'id="opatreni-1-1-2"' in plan_html
    assert f'href="{ZLIN}opatreni/1-1-2/"' in plan_html


@pytest.mark.parametrize("code", ["9-9-9", "1.1.2", "abc", "1--1"])
def test_unknown_measure_address_is_not_found(client, plans_demo, code):
    assert client.get(f"{ZLIN}opatreni/{code}/").status_code == 404


def test_measure_shows_its_indicators_services_and_yearly_evaluation(client, plans_demo):
    from catalogue.models import ServicePage
    from plans.models import IndicatorValue, MeasureEvaluation, MeasureIndicator

    measure = PlanMeasure.objects.get(plan__slug="zlin-2008-2012", code="1.1.1")
    indicator = MeasureIndicator.objects.create(
        measure=measure, name="Počet klientů", unit="osob", target=120
    )
    evaluation = MeasureEvaluation.objects.get(measure=measure, year=2008)
    IndicatorValue.objects.create(evaluation=evaluation, indicator=indicator, value=87)
    service = ServicePage.objects.live().first()
    if service is not None:
        measure.services.add(service)

    html = client.get(ZLIN + "opatreni/1-1-1/").content.decode()

    assert "Počet klientů (cíl: 120 osob)" in html
    assert "Počet klientů: 87 osob" in html
    assert "Vyhodnocení opatření 1.1.1 po letech" in html


def test_draft_status_follows_consultation_dates(make_plan):
    import datetime

    plan = make_plan(status=PlanStatus.DRAFT)
    start, end = plan.consultation_start, plan.consultation_end
    day = datetime.timedelta(days=1)

    assert plan.current_status(start - day) == PlanStatus.DRAFT
    assert plan.current_status(start) == PlanStatus.CONSULTATION
    assert plan.current_status(end) == PlanStatus.CONSULTATION
    assert plan.current_status(end + day) == PlanStatus.DRAFT
    plan.status = PlanStatus.APPROVED
    assert plan.current_status(start) == PlanStatus.APPROVED


def test_planning_index_lists_plans_with_their_status(client, plans_demo):
    html = client.get("/komunitni-planovani/").content.decode()

    assert CommunityPlanPage.objects.count() == 2
    assert "Střednědobý plán sociálních a souvisejících služeb ve Zlíně 2008–2012" in html
    assert "V připomínkování" in html
    assert "Pracovní skupiny" in html
