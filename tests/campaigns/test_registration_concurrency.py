"""Many people register for the last places at the same moment; nobody is overbooked."""

import threading

import pytest
from django.db import connection, connections

from campaigns.models import Outcome, Registration
from campaigns.models.registration import register_person
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory

CAPACITY = 5
PEOPLE = 20


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Row locks (SELECT … FOR UPDATE) need PostgreSQL; SQLite serialises writes anyway.",
)
# serialized_rollback: the database is given back its state after migrations, as the other
# transactional tests expect (a plain flush would let post_migrate recreate content types
# under new ids).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_registrations_never_confirm_more_than_capacity(home_page):
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=index, registration_enabled=True, capacity=CAPACITY, waiting_list=True
    )
    barrier = threading.Barrier(PEOPLE)
    outcomes = []

    def attempt(number):
        try:
            barrier.wait()
            result = register_person(event, name=f"Člověk {number}", email=f"c{number}@example.org")
            outcomes.append(result.outcome)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    confirmed = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED)
    assert confirmed.count() == CAPACITY
    assert outcomes.count(Outcome.CONFIRMED) == CAPACITY
    assert outcomes.count(Outcome.WAITING) == PEOPLE - CAPACITY
