"""Coordinators edit a plan's records, resolve comments and export them."""

import pytest
from django.contrib.auth import get_user_model

from plans.models import PlanComment

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("koordinatorka", "k@example.org", "heslo")
    client.force_login(user)
    return user


def make_comment(plan, **fields):
    defaults = {
        "plan": plan,
        "measure": plan.measures.get(code="1.1.1"),
        "target_label": "Opatření 1.1.1 Opatření číslo 1-1",
        "name": "Jana Nováková",
        "email": "jana@example.org",
        "comment": "Prosím o rozšíření.",
        "consent": True,
    }
    defaults.update(fields)
    return PlanComment.objects.create(**defaults)


def test_editor_finds_a_measure_by_code_or_words_in_one_search(client, coordinator, make_plan):
    plan = make_plan()

    by_code = client.get("/admin/plany/opatreni/", {"q": "1.2.1"}).content.decode()
    by_words = client.get("/admin/plany/opatreni/", {"q": "číslo 2-2"}).content.decode()
    by_plan = client.get("/admin/plany/opatreni/", {"plan": plan.pk, "status": "done"})

    assert "Opatření číslo 2-1" in by_code and "Opatření číslo 1-1" not in by_code
    assert "Opatření číslo 2-2" in by_words and "Opatření číslo 2-1" not in by_words
    assert by_plan.status_code == 200
    assert "Opatření číslo 1-1" in by_plan.content.decode()
    assert "Opatření číslo 1-2" not in by_plan.content.decode()


def test_coordinator_resolves_a_comment(client, coordinator, make_plan):
    plan = make_plan()
    comment = make_comment(plan)

    edit = client.get(f"/admin/pripominky-k-planum/edit/{comment.pk}/")
    assert "Prosím o rozšíření." in edit.content.decode()
    response = client.post(
        f"/admin/pripominky-k-planum/edit/{comment.pk}/",
        {"resolution": "accepted", "resolution_reasoning": "Zapracováno do opatření."},
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.resolution == PlanComment.Resolution.ACCEPTED
    assert comment.resolution_reasoning == "Zapracováno do opatření."
    assert comment.resolved_at is not None
    assert comment.comment == "Prosím o rozšíření."


def test_coordinator_lists_comments_of_one_measure(client, coordinator, make_plan):
    plan = make_plan()
    first = make_comment(plan, comment="K prvnímu opatření")
    make_comment(plan, measure=plan.measures.get(code="1.2.2"), comment="K jinému")

    response = client.get("/admin/pripominky-k-planum/", {"measure": first.measure_id})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Jana Nováková" in html
    assert html.count("Opatření 1.1.1 Opatření číslo 1-1") >= 1


def test_coordinator_exports_comments_as_csv(client, coordinator, make_plan):
    plan = make_plan()
    make_comment(plan, comment="Text připomínky, s čárkou")

    response = client.get("/admin/pripominky-k-planum/", {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert "Připomínka" in body.splitlines()[0]
    assert '"Text připomínky, s čárkou"' in body
    assert "jana@example.org" in body
