"""A citizen looks for a document: by kind (collection), year, file type or words."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from plans.demo.documents import ensure_collections
from plans.models import DocumentLibraryPage
from portal.demo.pages import ensure_child

pytestmark = pytest.mark.django_db

LIBRARY = "/komunitni-planovani/dokumenty/"


def test_citizen_sees_every_document_with_type_and_size(client, plans_demo):
    response = client.get(LIBRARY)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nalezeno dokumentů: 5" in html
    assert "Zápis z jednání PS Děti a rodina 8. 3. 2018" in html
    assert html.count("(PDF, ") == 5
    assert "Výroční zprávy" in html


def test_citizen_filters_by_collection_year_and_type(client, plans_demo):
    collection = ensure_collections()[1]["Metodiky"]

    html = client.get(LIBRARY, {"kolekce": collection.pk, "rok": "2009", "typ": "pdf"}).content
    html = html.decode()

    assert "Nalezeno dokumentů: 1" in html
    assert "Manuál pro vykazování ukazatelů" in html
    assert "Zápis z jednání PS" not in html


def test_citizen_searches_documents_by_words(client, plans_demo):
    html = client.get(LIBRARY, {"q": "Zlíně"}).content.decode()

    assert "Nalezeno dokumentů: 1" in html
    assert "Střednědobý plán sociálních a souvisejících služeb ve Zlíně 2008–2012" in html


def test_bad_filter_values_give_a_czech_message_not_an_error(client, plans_demo):
    response = client.get(
        LIBRARY, {"kolekce": "abc", "rok": "dávno", "typ": "exe", "strana": "999", "q": "x" * 300}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Tato hodnota filtru neexistuje, nepoužili jsme ji." in html
    assert "Hledaný text je příliš dlouhý" in html


def add_documents(collection, count):
    Document = get_document_model()
    for number in range(count):
        document = Document(title=f"Zápis {number}", collection=collection)
        document.file.save(f"zapis-{number}.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document._set_document_file_metadata()
        document.save()


@pytest.mark.parametrize("documents", [3, 25])
def test_library_queries_do_not_grow_with_documents(
    client, planning_index, django_assert_max_num_queries, documents
):
    root, collections = ensure_collections()
    add_documents(collections["Zápisy"], documents)
    library = ensure_child(
        planning_index, DocumentLibraryPage, "dokumenty", title="Dokumenty", root_collection=root
    )
    client.get(library.url)

    with django_assert_max_num_queries(20):
        response = client.get(library.url, {"typ": "pdf"})

    assert response.status_code == 200
    assert f"Nalezeno dokumentů: {documents}" in response.content.decode()


def test_library_pages_through_many_documents(client, planning_index):
    root, collections = ensure_collections()
    add_documents(collections["Zápisy"], 25)
    library = ensure_child(
        planning_index, DocumentLibraryPage, "dokumenty", title="Dokumenty", root_collection=root
    )

    html = client.get(library.url, {"strana": "2", "typ": "pdf"}).content.decode()

    assert "Strana 2 z 2" in html
    assert 'href="?typ=pdf&amp;strana=1"' in html
    assert timezone.localdate().year == datetime.date.today().year
