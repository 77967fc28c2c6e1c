"""A citizen reads a community plan: contents, goals and measures, progress and filters."""

import pytest

from plans.models import CommunityPlanPage, PlanItem
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

    progress = plan.progress()
    assert progress["total"] == 6
    assert (
        dict(zip([key for key, _ in progress["statuses"]], progress["overall"], strict=True))[
            "done"
        ]
        == 2
    )
    assert '<tr><th scope="row">Senioři</th><td>4</td><td>0</td><td>2</td>' in html


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


@pytest.mark.parametrize("measures", [2, 20])
def test_plan_page_queries_do_not_grow_with_measures(
    client, make_plan, django_assert_max_num_queries, measures
):
    plan = make_plan(measures_per_goal=measures, goals=3)
    client.get(plan.url)

    with django_assert_max_num_queries(20):
        response = client.get(plan.url, {"stav": "planned"})

    assert response.status_code == 200


def test_citizen_prints_the_whole_plan(client, plans_demo):
    response = client.get(ZLIN + "tisk/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="goal"') == 23
    assert "Zajištění provozu denního centra ve Zlíně" in html
    assert "Připomínkovat" not in html
    assert 'name="robots" content="noindex"' in html


def test_goals_and_measures_are_searchable_one_by_one(plans_demo):
    results = PlanItem.objects.measures().search("streetworku")

    labels = [item.label for item in results]
    assert any("1.1.2" in label for label in labels)
    item = PlanItem.objects.get(plan__slug="zlin-2008-2012", kind="measure", code="1.1.2")
    assert item.get_url().endswith("/komunitni-planovani/zlin-2008-2012/#opatreni-1-1-2")


def test_publishing_a_changed_plan_updates_its_mirrored_measures(make_plan):
    plan = make_plan(measures_per_goal=2, goals=1)
    assert PlanItem.objects.filter(plan=plan).measures().count() == 2

    plan.structure[0].value["goals"][0]["measures"].pop()
    plan.save_revision().publish()

    assert list(PlanItem.objects.filter(plan=plan).measures().values_list("code", flat=True)) == [
        "1.1.1"
    ]


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
