"""A plan's chapters, goals and measures as records: codes, admin forms and bad input."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import rich_text

from plans.codes import renumber
from plans.models import (
    CommunityPlanPage,
    MeasureEvaluation,
    MeasureIndicator,
    PlanChapter,
    PlanGoal,
    PlanMeasure,
)
from plans.models.plan import PlanStatus
from portal.demo.pages import ensure_child

pytestmark = pytest.mark.django_db

MEASURES = "/admin/plany/opatreni/"
EVALUATIONS = "/admin/plany/vyhodnoceni/"


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("koordinatorka", "k@example.org", "heslo")
    client.force_login(user)
    return user


@pytest.fixture
def unpublished_plan(planning_index):
    """A plan never published yet: its codes still follow the order."""
    plan = CommunityPlanPage(
        title="Plán v přípravě", slug="v-priprave", period_start=2025, period_end=2028, live=False
    )
    planning_index.add_child(instance=plan)
    return plan


def measure_form(goal, **fields):
    """What the measure's admin form posts (tabs, partners and indicators included)."""
    data = {
        "goal": goal.pk,
        "code": "",
        "sort_order": 0,
        "status": "planned",
        "title": "Nové opatření",
        "description": rich_text("<p>Popis nového opatření.</p>"),
        "activities": rich_text(""),
        "bearer_provider": "",
        "bearer_name": "Charita Ostrava",
        "target_group": "",
        "time_frame": "2025–2028",
        "funding_estimate": "",
        "funding_sources": "",
        "partners-TOTAL_FORMS": 0,
        "partners-INITIAL_FORMS": 0,
        "partners-MIN_NUM_FORMS": 0,
        "partners-MAX_NUM_FORMS": 1000,
        "indicators-TOTAL_FORMS": 1,
        "indicators-INITIAL_FORMS": 0,
        "indicators-MIN_NUM_FORMS": 0,
        "indicators-MAX_NUM_FORMS": 1000,
        "indicators-0-name": "Počet klientů",
        "indicators-0-unit": "osob",
        "indicators-0-target": "40",
        "indicators-0-ORDER": 1,
    }
    data.update(fields)
    return data


def evaluation_form(measure, **fields):
    indicator = measure.indicators.first()
    data = {
        "measure": measure.pk,
        "year": 2026,
        "status": "in_progress",
        "comment": "Běží podle plánu.",
        "values-TOTAL_FORMS": 1,
        "values-INITIAL_FORMS": 0,
        "values-MIN_NUM_FORMS": 0,
        "values-MAX_NUM_FORMS": 1000,
        "values-0-indicator": indicator.pk,
        "values-0-value": "12",
    }
    data.update(fields)
    return data


def test_codes_of_an_unpublished_plan_follow_the_order(unpublished_plan):
    first = PlanChapter.objects.create(plan=unpublished_plan, title="Senioři", sort_order=0)
    second = PlanChapter.objects.create(plan=unpublished_plan, title="Rodina", sort_order=1)
    goal_b = PlanGoal.objects.create(chapter=second, title="Cíl B", sort_order=0)
    goal_a = PlanGoal.objects.create(chapter=first, title="Cíl A", sort_order=0)
    late = PlanMeasure.objects.create(goal=goal_a, title="Druhé", sort_order=5)
    early = PlanMeasure.objects.create(goal=goal_a, title="První", sort_order=1)
    PlanMeasure.objects.create(goal=goal_b, title="Jiné", sort_order=0)

    renumber(unpublished_plan)

    codes = dict(PlanMeasure.objects.values_list("title", "code"))
    assert codes == {"První": "1.1.1", "Druhé": "1.1.2", "Jiné": "2.1.1"}
    assert PlanGoal.objects.get(pk=goal_b.pk).code == "2.1"
    # Swapping two measures swaps their codes (the unique constraint is never in the way).
    PlanMeasure.objects.filter(pk=late.pk).update(sort_order=0)
    renumber(unpublished_plan)
    assert PlanMeasure.objects.get(pk=late.pk).code == "1.1.1"
    assert PlanMeasure.objects.get(pk=early.pk).code == "1.1.2"


def test_codes_of_a_published_plan_are_stored_and_new_ones_come_next(make_plan):
    plan = make_plan(measures_per_goal=2, goals=2)
    goal = plan.goals.get(code="1.1")
    PlanMeasure.objects.filter(goal=goal, code="1.1.1").update(sort_order=9)

    added = PlanMeasure.objects.create(goal=goal, title="Doplněné opatření", sort_order=0)
    renumber(plan)

    assert added.code == "1.1.3"
    assert plan.measures.get(title="Opatření číslo 1-1").code == "1.1.1"


def test_coordinator_adds_a_measure_with_a_generated_code(client, coordinator, make_plan):
    plan = make_plan()
    goal = plan.goals.get(code="1.2")

    response = client.post(MEASURES + "new/", measure_form(goal))

    assert response.status_code == 302, response.content.decode()[:2000]
    measure = PlanMeasure.objects.get(title="Nové opatření")
    assert measure.code == "1.2.3"
    assert measure.plan == plan
    assert [(i.name, i.unit, int(i.target)) for i in measure.indicators.all()] == [
        ("Počet klientů", "osob", 40)
    ]
    html = client.get(plan.url + "opatreni/1-2-3/").content.decode()
    assert "Nové opatření" in html and "Charita Ostrava" in html


def test_duplicate_code_is_refused_in_czech_and_nothing_is_saved(client, coordinator, make_plan):
    plan = make_plan()
    goal = plan.goals.get(code="1.2")

    response = client.post(MEASURES + "new/", measure_form(goal, code="1.1.1"))

    assert response.status_code == 200
    assert "Kód opatření 1.1.1 už v tomto plánu je. Zvolte jiný." in response.content.decode()
    assert not PlanMeasure.objects.filter(title="Nové opatření").exists()
    assert not MeasureIndicator.objects.filter(name="Počet klientů").exists()


def test_malformed_code_and_indicator_target_are_refused_in_czech(client, coordinator, make_plan):
    plan = make_plan()
    goal = plan.goals.get(code="1.2")

    response = client.post(
        MEASURES + "new/", measure_form(goal, code="1.a", **{"indicators-0-target": "hodně"})
    )

    html = response.content.decode()
    assert "Kód tvoří čísla oddělená tečkou" in html
    assert "Zadejte číslo." in html  # Django's Czech message for a number field
    assert not PlanMeasure.objects.filter(title="Nové opatření").exists()


def test_a_measure_cannot_be_moved_to_another_plan(client, coordinator, make_plan):
    plan = make_plan()
    other = make_plan("jiny-plan", title="Jiný plán")
    measure = plan.measures.get(code="1.1.1")
    foreign_goal = other.goals.get(code="1.1")

    response = client.post(
        f"{MEASURES}edit/{measure.pk}/",
        measure_form(foreign_goal, code="1.1.1", title="Přesunuté"),
    )

    assert response.status_code == 200
    assert "Přesun do jiného plánu není možný" in response.content.decode()
    measure.refresh_from_db()
    assert (measure.plan, measure.goal.code, measure.title) == (plan, "1.1", "Opatření číslo 1-1")
    assert not measure.indicators.exists()


def test_evaluation_is_added_without_republishing_and_sets_the_status(
    client, coordinator, make_plan
):
    plan = make_plan(status=PlanStatus.APPROVED)
    measure = plan.measures.get(code="1.1.2")
    MeasureIndicator.objects.create(measure=measure, name="Počet klientů", unit="osob")
    revisions = plan.revisions.count()

    response = client.post(EVALUATIONS + "new/", evaluation_form(measure))

    assert response.status_code == 302, response.content.decode()[:2000]
    evaluation = MeasureEvaluation.objects.get(measure=measure)
    assert evaluation.values.get().value == 12
    measure.refresh_from_db()
    assert measure.status == "in_progress"
    assert plan.revisions.count() == revisions
    assert "Počet klientů: 12 osob" in client.get(plan.url).content.decode()


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"year": 2031}, "Rok musí spadat do období plánu (2025–2028), ne 2031."),
        ({"values-0-value": "dvanáct"}, "Zadejte číslo."),
    ],
)
def test_bad_evaluation_is_refused_in_czech_and_nothing_is_saved(
    client, coordinator, make_plan, fields, message
):
    plan = make_plan()
    measure = plan.measures.get(code="1.1.2")
    MeasureIndicator.objects.create(measure=measure, name="Počet klientů")

    response = client.post(EVALUATIONS + "new/", evaluation_form(measure, **fields))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MeasureEvaluation.objects.exists()
    measure.refresh_from_db()
    assert measure.status == "planned"


def test_second_evaluation_of_one_year_is_refused(client, coordinator, make_plan):
    plan = make_plan()
    measure = plan.measures.get(code="1.1.2")
    MeasureIndicator.objects.create(measure=measure, name="Počet klientů")
    MeasureEvaluation.objects.create(measure=measure, year=2026, status="planned")

    response = client.post(EVALUATIONS + "new/", evaluation_form(measure))

    assert "Vyhodnocení opatření za rok 2026 už existuje" in response.content.decode()
    assert MeasureEvaluation.objects.count() == 1


def test_working_group_page_charts_its_measures(client, make_plan, groups_index):
    from plans.models import WorkingGroupPage

    group = ensure_child(
        groups_index, WorkingGroupPage, "seniori", title="Senioři", purpose="<p>Senioři.</p>"
    )
    plan = make_plan(group=group, measures_per_goal=2, goals=2)

    html = client.get(group.url).content.decode()

    assert f"Plnění opatření: {plan.title}" in html
    assert '<tr><th scope="row">Senioři</th><td>2</td><td>0</td><td>2</td><td>0</td>' in html
    assert f'href="{plan.url}opatreni/1-2-1/"' in html
