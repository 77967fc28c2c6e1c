"""The import summary counts each provider once, in memory that does not grow with the file."""

import tracemalloc

from catalogue.importers.report import CREATED, SKIPPED, UNCHANGED, UPDATED, ImportReport


def test_each_provider_is_counted_once_and_a_later_success_replaces_a_skip():
    report = ImportReport(source="rpss.json")
    report.provider_done("00845451", CREATED)
    report.provider_done("00845451", UNCHANGED)
    report.provider_done("27082440", SKIPPED)
    report.provider_done("27082440", UPDATED)
    report.provider_done("1234|Spolek bez IČO", SKIPPED)

    assert report.counts("providers") == {
        "created": 1,
        "updated": 1,
        "unchanged": 0,
        "skipped": 1,
    }
    assert "00845451" in report.providers and "00845452" not in report.providers
    assert report.providers.get("1234|Spolek bez IČO") == SKIPPED


def test_twenty_thousand_providers_take_a_few_bytes_each():
    report = ImportReport(source="rpss.json")
    tracemalloc.start()
    for number in range(20_000):
        report.provider_done(f"{number * 4999 % 10**8:08d}", CREATED)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()

    assert len(report.providers) == 20_000
    assert report.counts("providers")["created"] == 20_000
    assert size < 20_000 * 16
