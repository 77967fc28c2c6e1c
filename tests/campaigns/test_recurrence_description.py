"""A repeating event says in Czech how often it happens, or nothing it cannot say right."""

import pytest

from campaigns.recurrence import describe


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=MONTHLY;BYDAY=3TH", "každý třetí čtvrtek v měsíci"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "každý poslední pátek v měsíci"),
        ("FREQ=MONTHLY;BYDAY=2MO", "každé druhé pondělí v měsíci"),
        ("FREQ=MONTHLY;BYDAY=1WE,3WE", "každou první středu a každou třetí středu v měsíci"),
        ("FREQ=WEEKLY;BYDAY=MO,WE", "každé pondělí a každou středu"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "každé druhé úterý"),
        ("FREQ=WEEKLY;INTERVAL=6;BYDAY=SU", "každou 6. neděli"),
        ("FREQ=WEEKLY;COUNT=10", "každý týden"),
        ("FREQ=MONTHLY;INTERVAL=2", "každý druhý měsíc"),
        ("rrule: freq=daily", "každý den"),
    ],
)
def test_rules_in_czech_words(rule, words):
    assert describe(rule) == words


@pytest.mark.parametrize(
    "rule",
    [
        "",
        "nesmysl",
        "FREQ=HOURLY",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=TH",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH",
        "FREQ=WEEKLY;INTERVAL=0",
        "FREQ=WEEKLY;INTERVAL=x",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=DAILY;BYDAY=MO",
    ],
)
def test_rules_it_cannot_put_into_words_give_nothing(rule):
    assert describe(rule) == ""
