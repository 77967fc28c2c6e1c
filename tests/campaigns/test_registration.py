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
    assert response["Location"] == f"{event.url}registrace/odeslano/"
    sent = client.get(response["Location"]).content.decode()
    assert "Děkujeme, registraci jsme přijali." in sent
    assert registration.email == "jana.novakova@example.org"
    assert registration.status == Registration.Status.CONFIRMED

    message = mail.outbox[0]
    assert message.to == ["jana.novakova@example.org"]
    assert "Seminář pro pěstouny" in message.subject
    manage_path = f"/akce/{event.slug}/registrace/{registration.token}/"
    assert manage_path in message.body
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    assert str(icalendar.Calendar.from_ical(content).walk("VEVENT")[0]["SUMMARY"]) == event.title
    assert "Registrace je potvrzená." in client.get(manage_path).content.decode()


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

    waiting = Registration.objects.get(status=Registration.Status.WAITING)
    assert "Kapacita akce je naplněná." in page
    assert response["Location"] == f"{event.url}registrace/odeslano/"
    assert "čekací listinu" in mail.outbox[0].body
    assert (
        "Jste na čekací listině."
        in client.get(f"{event.url}registrace/{waiting.token}/").content.decode()
    )


def test_visitor_cannot_register_for_a_full_event_without_waiting_list(client, event):
    event.waiting_list = False
    event.save()
    RegistrationFactory.create_batch(2, event=event)

    response = register(client, event)

    assert "Kapacita akce se mezitím naplnila" in response.content.decode()
    assert Registration.objects.count() == 2


def test_double_submission_creates_one_registration(client, event):
    register(client, event)
    register(client, event, email="jana.novakova@EXAMPLE.org", name="Někdo Jiný")

    registration = Registration.objects.get()
    assert registration.name == "Jana Nováková"
    assert [message.to for message in mail.outbox] == [["jana.novakova@example.org"]] * 2


def test_known_and_new_addresses_get_the_same_answer(client, event):
    """Nobody can find out from the form whether an address is registered (issue 14)."""
    known = RegistrationFactory(event=event, email="znama@example.org", name="Známá Osoba")

    for_known = register(client, event, email="Znama@example.org", name="Útočník")
    for_new = register(client, event, email="nova@example.org")

    assert for_known.status_code == for_new.status_code == 302
    assert for_known["Location"] == for_new["Location"] == f"{event.url}registrace/odeslano/"
    known.refresh_from_db()
    assert known.name == "Známá Osoba"
    reminder = next(message for message in mail.outbox if message.to == ["znama@example.org"])
    assert "už jste přihlášeni" in reminder.subject
    assert "Na tuto akci už jste přihlášeni" in reminder.body
    assert f"/registrace/{known.token}/" in reminder.body


def test_a_full_event_answers_alike_for_known_and_new_addresses(client, event):
    event.waiting_list = False
    event.save()
    known = RegistrationFactory(event=event, email="znama@example.org")
    RegistrationFactory(event=event)

    for_known = register(client, event, email="znama@example.org")
    for_new = register(client, event, email="nova@example.org")

    message = "Kapacita akce se mezitím naplnila"
    assert for_known.status_code == for_new.status_code == 200
    assert message in for_known.content.decode() and message in for_new.content.decode()
    assert [m.to for m in mail.outbox] == [[known.email]]


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
