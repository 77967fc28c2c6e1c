"""Benchmark of a community plan's page with 150 measures, uncached (not part of the test suite).

    .venv/bin/python bench/plan_page.py

Builds (once, in ``/tmp/bench-plan-page.sqlite3``) a published plan of 3 chapters × 5 goals ×
10 measures, each measure with a bearer, a partner, two indicators and a yearly evaluation, and
prints the median and p95 time of the plan page through Django's test client (the page cache is
off in the test settings) and its number of SQL queries. Budget: median ≤ 100 ms, ≤ 20 queries.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 30
CHAPTERS, GOALS, MEASURES = 3, 5, 10


def build_plan():
    from plans.demo.helpers import add_structure, chapter, goal, measure
    from plans.models import CommunityPlanPage, MeasureIndicator
    from plans.models.plan import PlanStatus
    from portal.demo.pages import ensure_child
    from portal.demo.site import ensure_home_page
    from tests.plans.builders import planning_index

    index = planning_index(ensure_home_page(lambda message: None))
    plan = ensure_child(
        index,
        CommunityPlanPage,
        "plan-150",
        title="Plán se 150 opatřeními",
        period_start=2025,
        period_end=2028,
        status=PlanStatus.APPROVED,
    )
    if plan.measures.exists():
        return plan
    chapters = []
    for c in range(1, CHAPTERS + 1):
        goals = []
        for g in range(1, GOALS + 1):
            measures = [
                measure(
                    f"{c}.{g}.{m}",
                    f"Opatření {c}.{g}.{m}: rozvoj terénních služeb v obvodu",
                    status=["planned", "in_progress", "done"][m % 3],
                    description="<p>Popis opatření s <b>důrazem</b> na dostupnost.</p>",
                    activities="<ul><li>Jedna aktivita</li><li>Druhá aktivita</li></ul>",
                    bearer={"page": None, "name": f"Organizace {m}"},
                    partners=[{"page": None, "name": "Statutární město Ostrava"}],
                    indicators="Počet klientů\nPočet hodin",
                    time_frame="2025–2028",
                    funding_estimate="1,2 mil. Kč ročně",
                    evaluations=[{"year": 2025, "status": "in_progress", "text": "Běží."}],
                )
                for m in range(1, MEASURES + 1)
            ]
            goals.append(goal(f"{c}.{g}", f"Cíl {c}.{g}", measures, description="<p>Cíl.</p>"))
        chapters.append(chapter(str(c), f"Kapitola {c}", goals, area=f"Oblast {c}"))
    add_structure(plan, chapters)
    MeasureIndicator.objects.filter(measure__plan=plan).update(unit="osob", target=100)
    return plan


def main():
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench-plan-page.sqlite3")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # No setup_test_environment(): it instruments every template render for the test client,
    # which production does not pay (about a third of this page's time).
    call_command("migrate", verbosity=0)
    plan = build_plan()
    client = Client()
    assert client.get(plan.url).status_code == 200
    timings = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        response = client.get(plan.url)
        timings.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(plan.url)
    measures = response.content.decode().count('class="measure"')
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"plan page, {measures} measures | median {statistics.median(timings):6.1f} ms | "
        f"p95 {p95:6.1f} ms | {len(queries)} SQL"
    )


if __name__ == "__main__":
    main()
