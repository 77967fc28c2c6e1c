"""An editor sets up a repeating event; its dates follow Prague's wall clock."""

from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError

from campaigns.models import EventPage
from campaigns.recurrence import PRAGUE
from tests.campaigns.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_monthly_meeting_stays_at_one_oclock_across_daylight_saving(event_index):
    meeting = EventPageFactory(
        parent=event_index,
        start=datetime(2026, 1, 15, 13, 0, tzinfo=PRAGUE),
        end=datetime(2026, 1, 15, 15, 0, tzinfo=PRAGUE),
        recurrence_rule="FREQ=MONTHLY;BYDAY=3TH",
        repeat_until=date(2026, 6, 30),
        recurrence_exceptions="16. 4. 2026",
    )

    dates = [item.local_start for item in meeting.occurrences()]

    assert [moment.date() for moment in dates] == [
        date(2026, 1, 15),
        date(2026, 2, 19),
        date(2026, 3, 19),
        date(2026, 5, 21),
        date(2026, 6, 18),
    ]
    assert {moment.hour for moment in dates} == {13}
    assert dates[2].utcoffset() != dates[3].utcoffset()
    assert meeting.series_end == datetime(2026, 6, 18, 15, 0, tzinfo=PRAGUE)


def test_editor_gets_czech_error_for_a_rule_that_makes_no_sense(event_index):
    event = EventPageFactory.build(recurrence_rule="FREQ=SOMETIMES")

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "Pravidlo opakování není platné" in str(error.value)


def test_editor_gets_czech_error_for_a_bad_exception_date(event_index):
    event = EventPageFactory.build(
        recurrence_rule="FREQ=WEEKLY", recurrence_exceptions="24. 12. 2026\nvánoce"
    )

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "„vánoce“ není datum" in str(error.value)


def test_editor_cannot_end_an_event_before_it_starts(event_index):
    event = EventPageFactory.build()
    event.end = event.start.replace(year=event.start.year - 1)

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "Konec akce musí být po jejím začátku." in str(error.value)


def test_open_ended_repetition_keeps_the_event_upcoming(event_index):
    EventPageFactory(
        parent=event_index,
        title="Každý týden",
        start=datetime(2020, 1, 6, 10, 0, tzinfo=PRAGUE),
        end=datetime(2020, 1, 6, 11, 0, tzinfo=PRAGUE),
        recurrence_rule="FREQ=WEEKLY",
    )
    upcoming = EventPage.objects.live().upcoming()

    assert [event.title for event in upcoming] == ["Každý týden"]
    assert upcoming[0].next_occurrence().local_start.weekday() == 0


def test_repeating_meeting_in_progress_counts_as_the_current_date(event_index):
    now = datetime(2026, 3, 5, 14, 0, tzinfo=PRAGUE)
    meeting = EventPageFactory(
        parent=event_index,
        start=datetime(2026, 1, 1, 13, 0, tzinfo=PRAGUE),
        end=datetime(2026, 1, 1, 15, 0, tzinfo=PRAGUE),
        recurrence_rule="FREQ=WEEKLY",
    )

    current = meeting.next_occurrence(now)

    assert current.local_start == datetime(2026, 3, 5, 13, 0, tzinfo=PRAGUE)
