"""A community plan as a PDF: a cover, contents with page numbers, every measure from the
records, and a Czech answer while the site is busy with other PDFs."""

import re

import pytest
from django.core.cache import cache

from portal.pdf import RENDER_SLOTS, SLOT_KEY
from tests.pdf_pages import pages_of

pytestmark = pytest.mark.django_db


def test_plan_pdf_has_cover_contents_and_every_measure(client, make_plan):
    plan = make_plan()
    measures = list(plan.measures.order_by("pk"))

    response = client.get(plan.url + "tisk/pdf/")

    pages = pages_of(response)
    assert response["Content-Disposition"] == f'inline; filename="{plan.slug}.pdf"'
    assert plan.title in pages[0]
    assert "Obsah" in pages[1]
    text = " ".join(pages)
    for measure in measures:
        assert f"Opatření {measure.code} {measure.title}" in text
    # The contents give each chapter's page: the page where its title is printed.
    chapter = plan.chapters.order_by("sort_order").first()
    heading = f"{chapter.code} {chapter.title}"
    number = int(re.search(re.escape(heading) + r" (\d+)", pages[1]).group(1))
    assert heading in pages[number - 1]
    assert 'href="' + plan.url + 'tisk/pdf/"' in client.get(plan.url).content.decode()


def test_busy_site_answers_in_czech_with_retry_after(client, make_plan):
    plan = make_plan()
    for number in range(RENDER_SLOTS):
        cache.add(f"{SLOT_KEY}:{number}", 1, 60)
    try:
        response = client.get(plan.url + "tisk/pdf/")
    finally:
        cache.delete_many([f"{SLOT_KEY}:{number}" for number in range(RENDER_SLOTS)])

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "PDF plánu je chvíli nedostupné" in response.content.decode()
