"""The editor of a measure's bearer proposes its yearly evaluation; a plan coordinator approves
it (then it is public) or returns it with a note. Nobody else sees or proposes anything."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from catalogue.editors.onboarding import ensure_team
from plans.models import EvaluationProposal, MeasureEvaluation, MeasureIndicator
from plans.models.plan import PlanStatus
from tests.catalogue import factories as catalogue_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(home_page, make_plan):
    """An approved plan whose measure 1.1.1 is carried by Slezská diakonie (with an editor),
    with one indicator; and an editor of another provider."""
    index = catalogue_factories.catalogue_index(home_page)
    bearer = catalogue_factories.provider(index, "Slezská diakonie", "slezska-diakonie")
    other = catalogue_factories.provider(index, "Charita Ostrava", "charita-ostrava")
    plan = make_plan(status=PlanStatus.APPROVED)
    measure = plan.measures.get(code="1.1.1")
    measure.bearer_provider, measure.bearer_name = bearer, ""
    measure.save()
    indicator = MeasureIndicator.objects.create(
        measure=measure, name="Počet klientů", unit="osob", target=100
    )
    users = get_user_model().objects
    editor = users.create_user("editorka", "e@example.org", "heslo")
    editor.groups.add(ensure_team(bearer).group)
    stranger = users.create_user("cizi", "c@example.org", "heslo")
    stranger.groups.add(ensure_team(other).group)
    coordinator = users.create_superuser("koordinatorka", "k@example.org", "heslo")
    return {
        "plan": plan,
        "measure": measure,
        "indicator": indicator,
        "editor": editor,
        "stranger": stranger,
        "coordinator": coordinator,
    }


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def propose_url(measure):
    return f"/admin/plany/moje-opatreni/{measure.pk}/vyhodnoceni/"


def test_bearer_proposes_and_coordinator_approves_then_it_is_public(client, world):
    measure, indicator = world["measure"], world["indicator"]
    editor = signed_in(world["editor"])
    home = editor.get("/admin/").content.decode()
    assert "Opatření komunitního plánu" in home and measure.label in home

    response = editor.post(
        propose_url(measure),
        {
            "year": "2025",
            "status": "in_progress",
            "comment": "Rozšířili jsme provoz.",
            f"indicator_{indicator.pk}": "42,5",
        },
    )
    assert response.status_code == 302
    proposal = EvaluationProposal.objects.get()
    assert (proposal.state, proposal.values) == ("pending", {str(indicator.pk): "42.5"})
    assert not MeasureEvaluation.objects.filter(measure=measure).exists()
    assert "Rozšířili jsme provoz." not in client.get(world["plan"].url).content.decode()

    coordinator = signed_in(world["coordinator"])
    assert (
        f"/admin/plany/navrhy-vyhodnoceni/{proposal.pk}/"
        in coordinator.get("/admin/").content.decode()
    )
    response = coordinator.post(f"/admin/plany/navrhy-vyhodnoceni/{proposal.pk}/", {"approve": ""})
    assert response.status_code == 302

    evaluation = MeasureEvaluation.objects.get(measure=measure, year=2025)
    assert (evaluation.status, evaluation.comment) == ("in_progress", "Rozšířili jsme provoz.")
    assert [str(v.value) for v in evaluation.values.all()] == ["42.50"]
    measure.refresh_from_db()
    assert measure.status == "in_progress"
    html = client.get(world["plan"].url).content.decode()
    assert "Rozšířili jsme provoz." in html


def test_coordinator_returns_a_proposal_with_a_required_note(world):
    editor = signed_in(world["editor"])
    editor.post(propose_url(world["measure"]), {"year": "2026", "status": "done"})
    proposal = EvaluationProposal.objects.get()
    coordinator = signed_in(world["coordinator"])
    url = f"/admin/plany/navrhy-vyhodnoceni/{proposal.pk}/"

    without_note = coordinator.post(url, {"return": "", "note": " "})
    assert without_note.status_code == 200
    assert "Napište editorovi, co má upravit." in without_note.content.decode()

    assert coordinator.post(url, {"return": "", "note": "Doplňte počty."}).status_code == 302
    proposal.refresh_from_db()
    assert (proposal.state, proposal.coordinator_note) == ("returned", "Doplňte počty.")
    assert not MeasureEvaluation.objects.exists()
    assert "Doplňte počty." in editor.get("/admin/plany/moje-opatreni/").content.decode()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"year": "2030", "status": "done"}, "Rok musí spadat do období plánu (2025–2028)."),
        ({"year": "letos", "status": "done"}, "Rok zadejte číslem, např. 2025."),
        ({"year": "2025", "status": "hotovo"}, "Vyberte stav ze seznamu."),
        ({"year": "2025", "status": "done", "indicator": "hodně"}, "Zadejte číslo, např. 12"),
    ],
)
def test_bad_input_gets_a_czech_message_and_nothing_is_saved(world, data, message):
    data = dict(data)
    if "indicator" in data:
        data[f"indicator_{world['indicator'].pk}"] = data.pop("indicator")
    response = signed_in(world["editor"]).post(propose_url(world["measure"]), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EvaluationProposal.objects.exists()


def test_nobody_else_sees_or_proposes(world):
    measure = world["measure"]
    stranger = signed_in(world["stranger"])
    assert stranger.get(propose_url(measure)).status_code == 404
    assert (
        stranger.post(propose_url(measure), {"year": "2025", "status": "done"}).status_code == 404
    )
    assert measure.label not in stranger.get("/admin/plany/moje-opatreni/").content.decode()
    assert not EvaluationProposal.objects.exists()

    editor = signed_in(world["editor"])
    editor.post(propose_url(measure), {"year": "2025", "status": "done"})
    proposal = EvaluationProposal.objects.get()
    decision = f"/admin/plany/navrhy-vyhodnoceni/{proposal.pk}/"
    for user in (world["editor"], world["stranger"]):
        response = signed_in(user).post(decision, {"approve": ""})
        assert response.status_code in (302, 403)
    assert not MeasureEvaluation.objects.exists()
    assert EvaluationProposal.objects.get().state == "pending"


def test_approval_keeps_what_the_proposal_leaves_empty(world):
    """The coordinator's own comment and indicator value survive a proposal that gives only
    a status."""
    measure, indicator = world["measure"], world["indicator"]
    evaluation = MeasureEvaluation.objects.create(
        measure=measure, year=2025, status="planned", comment="Zapsala koordinátorka."
    )
    evaluation.values.create(indicator=indicator, value=10)
    evaluation.save()
    signed_in(world["editor"]).post(propose_url(measure), {"year": "2025", "status": "done"})
    proposal = EvaluationProposal.objects.get()

    signed_in(world["coordinator"]).post(
        f"/admin/plany/navrhy-vyhodnoceni/{proposal.pk}/", {"approve": ""}
    )

    evaluation.refresh_from_db()
    assert (evaluation.status, evaluation.comment) == ("done", "Zapsala koordinátorka.")
    assert [str(v.value) for v in evaluation.values.all()] == ["10.00"]


def test_sending_again_updates_the_pending_proposal_of_that_year(world):
    editor = signed_in(world["editor"])
    editor.post(propose_url(world["measure"]), {"year": "2025", "status": "in_progress"})
    editor.post(propose_url(world["measure"]), {"year": "2025", "status": "done"})
    editor.post(propose_url(world["measure"]), {"year": "2026", "status": "planned"})

    pending = EvaluationProposal.objects.order_by("year").values_list("year", "status")
    assert list(pending) == [(2025, "done"), (2026, "planned")]
