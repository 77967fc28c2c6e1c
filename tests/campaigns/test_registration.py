"""A visitor registers for an event, gets a confirmation and can cancel."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.utils import timezone

from campaigns.models import Registration
from campaigns.views import REGISTRATION_ATTEMPTS
from tests.campaigns.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Jana Nováková",
    "email": "Jana.Novakova@example.org",
    "organisation": "Poradna pro náhradní rodinnou péči",
    "note": "",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Seminář pro pěstouny",
        registration_enabled=True,
        capacity=2,
    )


def register(client, event, **changes):
    return client.post(event.url + "registrace/", {**FORM, **changes})


def test_visitor_registers_and_gets_confirmation_with_calendar_and_cancel_link(client, event):
    form_page = client.get(event.url + "registrace/").content.decode()
    response = register(client, event)

    registration = Registration.objects.get()
    assert 'for="id_consent"' in form_page and "Souhlasím se zpracováním" in form_page
    assert response.status_code == 302
    assert response["Location"] == f"{event.url}registrace/{registration.token}/?nova=1"
    confirmation = client.get(response["Location"]).content.decode()
    assert "Děkujeme, jste zaregistrováni." in confirmation
    assert registration.email == "jana.novakova@example.org"
    assert registration.status == Registration.Status.CONFIRMED

    message = mail.outbox[0]
    assert message.to == ["jana.novakova@example.org"]
    assert "Seminář pro pěstouny" in message.subject
    assert f"/akce/{event.slug}/registrace/{registration.token}/" in message.body
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    assert str(icalendar.Calendar.from_ical(content).walk("VEVENT")[0]["SUMMARY"]) == event.title


def test_visitor_cancels_and_the_first_waiting_person_gets_the_place(client, event):
    first = RegistrationFactory(event=event)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=Registration.Status.WAITING)

    response = client.post(f"{event.url}registrace/{first.token}/")
    page = client.get(response["Location"]).content.decode()

    first.refresh_from_db()
    waiting.refresh_from_db()
    assert "Registrace je zrušená." in page
    assert first.status == Registration.Status.CANCELLED
    assert waiting.status == Registration.Status.CONFIRMED
    assert mail.outbox[0].to == [waiting.email]


def test_visitor_lands_on_the_waiting_list_when_the_event_is_full(client, event):
    RegistrationFactory.create_batch(2, event=event)

    page = client.get(event.url + "registrace/").content.decode()
    response = register(client, event)

    assert "Kapacita akce je naplněná." in page
    assert "Jste na čekací listině." in client.get(response["Location"]).content.decode()
    assert Registration.objects.filter(status=Registration.Status.WAITING).count() == 1


def test_visitor_cannot_register_for_a_full_event_without_waiting_list(client, event):
    event.waiting_list = False
    event.save()
    RegistrationFactory.create_batch(2, event=event)

    response = register(client, event)

    assert "Kapacita akce se mezitím naplnila" in response.content.decode()
    assert Registration.objects.count() == 2


def test_double_submission_creates_one_registration(client, event):
    register(client, event)
    response = register(client, event, email="jana.novakova@EXAMPLE.org")

    assert "Už jste přihlášeni" in response.content.decode()
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_invalid_form_keeps_what_was_typed_and_explains_in_czech(client, event):
    response = register(client, event, email="nesmysl", consent="")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'role="alert"' in html
    assert 'href="#id_email">E-mail: Zadejte e-mail ve tvaru jmeno@example.cz.</a>' in html
    assert "Bez souhlasu se zpracováním údajů vás nemůžeme přihlásit." in html
    assert 'value="Jana Nováková"' in html
    assert 'aria-describedby="id_email_helptext id_email-chyba"' in html
    assert Registration.objects.count() == 0


def test_bot_filling_the_hidden_field_is_refused(client, event):
    response = register(client, event, website="https://spam.example")

    assert response.status_code == 400
    assert Registration.objects.count() == 0


def test_too_many_attempts_from_one_address_are_refused(client, event):
    for number in range(REGISTRATION_ATTEMPTS.limit):
        register(client, event, email=f"clovek{number}@example.org")

    response = register(client, event, email="dalsi@example.org")

    assert response.status_code == 429
    assert "příliš mnoho registrací" in response.content.decode()


def test_registration_is_not_offered_before_it_opens_or_after_it_closes(client, event):
    event.registration_opens = timezone.now() + timedelta(days=1)
    event.save()
    before = client.get(event.url + "registrace/").content.decode()
    register(client, event)
    event.registration_opens = None
    event.registration_closes = timezone.now() - timedelta(minutes=1)
    event.save()
    after = client.get(event.url + "registrace/").content.decode()

    assert "Registrace začne" in before
    assert "Registrace na tuto akci je uzavřena." in after
    assert Registration.objects.count() == 0


def test_event_without_registration_has_no_form(client, event_index):
    event = EventPageFactory(parent=event_index)

    assert client.get(event.url + "registrace/").status_code == 404


def test_unknown_registration_token_is_not_found(client, event):
    url = f"{event.url}registrace/00000000-0000-0000-0000-000000000000/"

    assert client.get(url).status_code == 404
