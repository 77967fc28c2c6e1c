"""What a visitor reads in the demo is right: documents, counts, meetings, service texts."""

import io
import re

import pytest
from django.utils.html import strip_tags
from pypdf import PdfReader
from wagtail.documents import get_document_model

from campaigns.models import EventPage
from catalogue.models import ServicePage
from plans.demo.documents import DOCUMENTS
from plans.models import WorkingGroupPage

pytestmark = pytest.mark.django_db

GROUP = "/komunitni-planovani/pracovni-skupiny/deti-a-rodina/"
REGULAR_MEETING = "pravidelne-setkani-pracovni-skupiny-deti-a-rodina"


def pdf_text(document):
    """The text of a stored PDF, whitespace collapsed (lines wrap where the page ends)."""
    with document.open_file() as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_demo_minutes_pdf_reads_in_czech(demo_site):
    minutes = get_document_model().objects.get(title__startswith="Zápis z jednání PS Děti")

    text = pdf_text(minutes)

    assert "Zápis z jednání PS Děti a rodina" in text
    assert "Příprava V. KP" in text and "Bílém nosorožci" in text
    assert "?" not in text
    assert minutes.get_file_size() > 10_000


def test_every_demo_document_is_a_real_document(demo_site):
    titles = [title for _collection, title, _year, _file in DOCUMENTS.values()]
    documents = get_document_model().objects.filter(title__in=titles)

    assert documents.count() == len(titles)
    for document in documents:
        text = pdf_text(document)

        assert text.startswith(document.title), document.title
        assert len(text) > 800, document.title
        assert "Ukázkový dokument" in text


def test_planning_page_counts_the_groups_it_lists(client, demo_site):
    listing = client.get("/komunitni-planovani/pracovni-skupiny/").content.decode()
    overview = client.get("/komunitni-planovani/").content.decode()

    listed = len(re.findall(r'<h2 class="card__title"><a href="[^"]+">', listing))
    assert listed == WorkingGroupPage.objects.live().count() == 8
    assert f"Celkem {listed} pracovních skupin." in listing
    assert f"{listed} pracovních skupin" in overview
    assert "11 pracovních skupin" not in overview


def test_group_page_and_calendar_show_the_same_next_meeting(client, demo_site):
    event = EventPage.objects.get(slug=REGULAR_MEETING)

    group = client.get(GROUP).content.decode()
    calendar = client.get("/akce/").content.decode()
    invitation = client.get(event.url).content.decode()

    teaser = re.search(
        rf'(<time datetime="[^"]+">[^<]+</time>)</p>\s*<h\d class="event-teaser__title">'
        rf'<a href="{re.escape(event.url)}">',
        calendar,
    )
    assert teaser, "the calendar lists the group's regular meeting"
    assert teaser.group(1) in group
    assert "Termín dalšího setkání zatím nebyl oznámen" not in group
    assert "každý třetí čtvrtek v měsíci od 13:00 do 15:00" in group
    assert "Opakuje se každý třetí čtvrtek v měsíci." in invitation
    assert "jednou za měsíc až dva" not in group + invitation


def test_each_demo_service_has_its_own_description(demo_site):
    services = ServicePage.objects.live().values_list("title", "summary", "description")
    texts = {title: strip_tags(description) for title, _summary, description in services}

    assert len(texts) == len(services) >= 120
    assert len(set(texts.values())) == len(texts)
    assert [title for title, summary, _ in services if summary in texts[title]] == []
    assert all("Ukázková data" in text for text in texts.values())
