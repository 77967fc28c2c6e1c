"""Coordinators edit plans in one place, resolve comments and export them."""

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
        "item": plan.items.get(kind="measure", code="1.1.1"),
        "target_label": "Opatření 1.1.1 Opatření číslo 1-1",
        "name": "Jana Nováková",
        "email": "jana@example.org",
        "comment": "Prosím o rozšíření.",
        "consent": True,
    }
    defaults.update(fields)
    return PlanComment.objects.create(**defaults)


def test_editor_opens_the_plan_with_its_chapters_goals_and_measures(client, coordinator, make_plan):
    plan = make_plan()

    response = client.get(f"/admin/pages/{plan.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kapitoly, cíle a opatření" in html
    assert "Opat\\u0159en\\u00ed \\u010d\\u00edslo 1-1" in html  # the measure, JSON-encoded


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
    make_comment(plan, item=plan.items.get(kind="measure", code="1.2.2"), comment="K jinému")

    response = client.get("/admin/pripominky-k-planum/", {"item": first.item_id})

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


def test_editor_cannot_use_one_measure_code_twice():
    from wagtail.blocks import StreamBlockValidationError

    from plans.blocks import PlanStructureBlock
    from tests.plans.builders import plan_structure

    block = PlanStructureBlock()
    value = block.normalize(plan_structure(measures_per_goal=1, goals=2))
    value[0].value["goals"][1]["measures"][0]["code"] = "1.1.1"

    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)

    assert "Kód opatření 1.1.1 je v plánu použit dvakrát." in str(error.value.non_block_errors)
