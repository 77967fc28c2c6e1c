"""axe-core finds no WCAG 2.2 A/AA violation on any public template.

Every page type of the project gets a test of its own, run on one live page of that type from
the demo content, so page types added by any app are checked as soon as the demo has a page of
them. Views that are not Wagtail pages (search, filtered listings, error pages) are listed in
``EXTRA_URLS``.
"""

import datetime

import pytest
from wagtail.models import Page, get_page_models

from tests.browser.conftest import axe_violations, format_violations

_TODAY = datetime.date.today()
_WEEK_END = _TODAY + datetime.timedelta(days=6)

# Public URLs that are not pages of the page tree: (URL, expected HTTP status).
# Add a line for each such view, e.g. ("/katalog/?q=azylovy+dum", 200).
EXTRA_URLS = [
    ("/tato-stranka-neexistuje/", 404),
    # Catalogue: a text search, text with filters, a search with no results, page 2, print.
    ("/katalog/?q=azylovy+dum", 200),
    ("/katalog/?q=azylovy+dum&obvod=vitkovice&forma=pobytova", 200),
    ("/katalog/?q=xyzneexistuje&obvod=vitkovice", 200),
    ("/katalog/?q=tyra+me+manzel", 200),  # crisis lines before the results
    ("/katalog/?q=noclehrana", 200),  # corrected typo
    ("/katalog/?strana=2", 200),
    ("/katalog/tisk/", 200),
    ("/katalog/tisk/?q=azylovy+dum", 200),
    # Events: a quick filter ("this week", as the listing links it), month view, category.
    (f"/akce/?od={_TODAY:%Y-%m-%d}&do={_WEEK_END:%Y-%m-%d}", 200),
    (f"/akce/?mesic={_TODAY:%Y-%m}", 200),
    ("/akce/?kategorie=konference", 200),
    ("/akce/konference-dejme-detem-rodinu/registrace/", 200),
    # Plans: comment form (open and closed), thank-you page, print views, resolution table,
    # the measure filter, the document library search.
    ("/komunitni-planovani/5-komunitni-plan-navrh/pripominky/?k=measure:2.1", 200),
    ("/komunitni-planovani/5-komunitni-plan-navrh/pripominky/odeslano/", 200),
    ("/komunitni-planovani/zlin-2008-2012/pripominky/", 200),
    ("/komunitni-planovani/5-komunitni-plan-navrh/tisk/", 200),
    ("/komunitni-planovani/zlin-2008-2012/tisk/", 200),
    ("/komunitni-planovani/zlin-2008-2012/vyporadani/", 200),
    ("/komunitni-planovani/5-komunitni-plan-navrh/?skupina=deti-a-rodina&stav=planned", 200),
    ("/komunitni-planovani/dokumenty/?q=plan", 200),
]

# Page types the demo content must contain.
REQUIRED_PAGE_TYPES = {"portal.homepage", "portal.standardpage"}

PAGE_TYPES = sorted(model._meta.label_lower for model in get_page_models() if model is not Page)


def assert_answers_and_passes_axe(page, url, expected_status):
    response = page.goto(url)
    status = response.status if response else None
    assert status == expected_status, f"{url}: HTTP {status}, expected {expected_status}"
    violations = axe_violations(page)
    if violations:
        pytest.fail(format_violations(url, violations), pytrace=False)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_of_each_type_passes_axe(live_demo, page, page_type):
    if page_type not in live_demo.page_urls:
        if page_type in REQUIRED_PAGE_TYPES:
            pytest.fail(f"the demo content has no live page of type {page_type}")
        pytest.skip(f"the demo content has no live page of type {page_type}")
    assert_answers_and_passes_axe(page, live_demo.url_of(page_type), 200)


@pytest.mark.parametrize(("url", "expected_status"), EXTRA_URLS)
def test_public_view_passes_axe(live_demo, page, url, expected_status):
    assert_answers_and_passes_axe(page, url, expected_status)
