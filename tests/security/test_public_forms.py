"""Public POST forms: CSRF, a honeypot hidden from people, per-address limits, length limits."""

import pytest
from django.test import Client, override_settings

from campaigns.models import Registration
from plans.forms import COMMENTS_PER_CLIENT
from plans.models import PlanComment
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.plans.builders import COMMENT, consultation_plan, planning_index

pytestmark = pytest.mark.django_db

REGISTRATION = {
    "name": "Jana Nováková",
    "email": "jana@example.org",
    "organisation": "",
    "note": "",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def registration_url(home_page):
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Seminář",
        registration_enabled=True,
        capacity=50,
    )
    return event.url + "registrace/"


@pytest.fixture
def comment_url(home_page):
    plan = consultation_plan(
        planning_index(home_page), title="Plán pro seniory", measures_per_goal=1, goals=1
    )
    return plan.url + "pripominky/"


FORMS = {
    "registration": ("registration_url", REGISTRATION, Registration),
    "comment": ("comment_url", COMMENT, PlanComment),
}


@pytest.fixture(params=FORMS, ids=list(FORMS))
def public_form(request):
    fixture, data, model = FORMS[request.param]
    return request.getfixturevalue(fixture), data, model


def test_post_without_csrf_token_is_refused(public_form):
    url, data, model = public_form
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(url, data)

    assert response.status_code == 403
    assert not model.objects.exists()


def test_post_with_the_token_from_the_form_is_accepted(public_form):
    url, data, model = public_form
    browser = Client(enforce_csrf_checks=True)
    form_page = browser.get(url)
    token = form_page.context["csrf_token"]

    response = browser.post(url, {**data, "csrfmiddlewaretoken": str(token)})

    assert response.status_code == 302
    assert model.objects.count() == 1


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, public_form):
    url, _data, _model = public_form

    html = client.get(url).content.decode()

    trap_start = html.index("__trap")
    trap = html[html.rindex("<div", 0, trap_start) : html.index("</div>", trap_start)]
    assert 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap
    assert 'name="website"' in trap


def test_bot_filling_the_honeypot_is_refused(client, public_form):
    url, data, model = public_form

    response = client.post(url, {**data, "website": "https://levne-leky.example"})

    assert response.status_code == 400
    assert not model.objects.exists()


LONG_TEXT = {
    "registration": {
        "name": (151, "Jméno může mít nejvýše 150 znaků"),
        "email": (255, "E-mail může mít nejvýše 254 znaků"),
        "organisation": (201, "Název organizace může mít nejvýše 200 znaků"),
        "note": (1001, "Poznámka může mít nejvýše 1000 znaků"),
    },
    "comment": {
        "name": (121, "Jméno může mít nejvýše 120 znaků"),
        "email": (255, "E-mail může mít nejvýše 254 znaků"),
        "organisation": (201, "Název organizace může mít nejvýše 200 znaků"),
        "comment": (5001, "Připomínka může mít nejvýše 5000 znaků"),
        "proposed_change": (5001, "Návrh změny může mít nejvýše 5000 znaků"),
    },
}


def too_long(field, length):
    if field == "email":
        return "j" * (length - len("@example.org")) + "@example.org"
    return "á" * length


@pytest.mark.parametrize(
    ("form", "field"), [(form, field) for form, fields in LONG_TEXT.items() for field in fields]
)
def test_every_text_field_has_a_czech_length_limit(client, request, form, field):
    fixture, data, model = FORMS[form]
    length, message = LONG_TEXT[form][field]

    response = client.post(
        request.getfixturevalue(fixture), {**data, field: too_long(field, length)}
    )

    assert response.status_code in {200, 400}
    assert message in response.content.decode()
    assert not model.objects.exists()


@override_settings(NUM_PROXIES=1)
def test_limit_counts_the_clients_behind_the_proxy_apart(client, comment_url):
    def send(client_address, number):
        return client.post(
            comment_url,
            {**COMMENT, "comment": f"Připomínka {number}"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=client_address,
        )

    for number in range(COMMENTS_PER_CLIENT.limit):
        assert send("203.0.113.1", number).status_code == 302

    flooding = send("203.0.113.1", "navíc")
    neighbour = send("203.0.113.2", "soused")

    assert flooding.status_code == 400
    assert "Z vaší adresy jsme právě přijali několik připomínek" in flooding.content.decode()
    assert neighbour.status_code == 302
