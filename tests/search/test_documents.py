"""The text of uploaded PDF and DOCX documents is extracted and found by the site search."""

import io
import logging
import re
import zipfile

import docx
import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from pypdf import PdfReader, PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection

from plans.models import DocumentLibraryPage
from portal.demo.pages import ensure_child
from portal.demo.pdf import text_pdf
from portal.models import DocumentText, SearchEntry
from portal.search import documents

pytestmark = pytest.mark.django_db


def docx_bytes(*paragraphs, table=None):
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=1, cols=len(table))
        for cell, text in zip(grid.rows[0].cells, table, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def library_of_every_collection(home_page):
    """Uploaded documents are public (and so searched) when a live page shows their collection."""
    root = Collection.get_first_root_node()
    return ensure_child(
        home_page, DocumentLibraryPage, "dokumenty", title="Dokumenty", root_collection=root
    )


@pytest.fixture
def admin_client(client, home_page):
    user = get_user_model().objects.create_superuser("knihovnik", "k@example.cz", "heslo-123")
    client.force_login(user)
    return client


def upload(client, title, name, content):
    response = client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    return get_document_model().objects.get(title=title)


def result_titles(response):
    return re.findall(r'class="search-result__title"><a href="[^"]+">([^<]+)</a>', response.text)


def test_uploaded_pdf_is_found_by_its_text_with_a_snippet(admin_client):
    document = upload(
        admin_client,
        "Výroční zpráva 2025",
        "zprava.pdf",
        text_pdf("Rok 2025 v cislech.", "Terenni program pro lidi v dluhove pasti v Porube."),
    )

    assert document.extracted_text.status == DocumentText.Status.EXTRACTED
    assert "dluhove pasti" in document.extracted_text.text
    response = admin_client.get("/hledat/", {"q": "dluhové pasti", "typ": "dokument"})
    assert result_titles(response) == ["Výroční zpráva 2025"]
    assert "<mark>dluhove</mark> <mark>pasti</mark>" in response.text
    assert "Dokument" in response.text


def test_uploaded_docx_is_found_by_paragraphs_and_tables_typed_without_diacritics(admin_client):
    upload(
        admin_client,
        "Metodika",
        "metodika.docx",
        docx_bytes("Jak pracovat s pěstounskými rodinami.", table=["Tlumočení", "znakový jazyk"]),
    )

    by_paragraph = admin_client.get("/hledat/", {"q": "pestounske rodiny", "typ": "dokument"})
    by_table = admin_client.get("/hledat/", {"q": "znakovem jazyce", "typ": "dokument"})

    assert result_titles(by_paragraph) == ["Metodika"]
    assert result_titles(by_table) == ["Metodika"]
    assert "<mark>pěstounskými</mark>" in by_paragraph.text


def test_replacing_the_file_replaces_the_searchable_text(admin_client):
    document = upload(admin_client, "Leták", "letak.pdf", text_pdf("Noclehárna pro muze"))

    response = admin_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Leták",
            "file": SimpleUploadedFile("letak2.docx", docx_bytes("Půjčovna kompenzačních pomůcek")),
            "collection": document.collection_id,
            "tags": "",
        },
    )

    assert response.status_code == 302
    entry = SearchEntry.objects.get(source=f"document:{document.pk}")
    assert "kompenzačních" in entry.text
    assert "muze" not in entry.text


def save_document(title, name, content):
    """A document saved without the admin form (as importers and the demo do)."""
    document = get_document_model()(title=title, collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def encrypted_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="tajne", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert PdfReader(io.BytesIO(buffer.getvalue())).is_encrypted
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("poskozeny.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "nejde přečíst"),
        ("poskozeny.docx", b"PK\x03\x04 this is not a zip archive", "nejde přečíst"),
        ("tajny.pdf", encrypted_pdf(), "zašifrovaný"),
    ],
)
def test_unreadable_file_is_saved_and_logged_without_text(
    client, home_page, caplog, name, content, error
):
    with caplog.at_level(logging.WARNING, logger="portal.search.documents"):
        document = save_document("Poškozený soubor", name, content)

    stored = DocumentText.objects.get(document=document)
    assert stored.status == DocumentText.Status.FAILED
    assert stored.text == ""
    assert error in stored.error
    assert "not extracted" in caplog.text
    response = client.get("/hledat/", {"q": "poskozeny soubor"})
    assert "Poškozený soubor" in result_titles(response)


def test_upload_of_a_docx_without_text_succeeds(admin_client, caplog):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")

    with caplog.at_level(logging.WARNING, logger="portal.search.documents"):
        document = upload(admin_client, "Prázdný", "prazdny.docx", buffer.getvalue())

    assert document.extracted_text.status == DocumentText.Status.FAILED
    assert "nemá obsah" in document.extracted_text.error


def test_extracted_text_is_capped(admin_client):
    document = upload(admin_client, "Dlouhý", "dlouhy.docx", docx_bytes(*["slovo " * 1000] * 30))

    assert len(document.extracted_text.text) == documents.MAX_TEXT_LENGTH
    entry = SearchEntry.objects.get(source=f"document:{document.pk}")
    assert len(entry.text) <= 30_000


def test_command_extracts_documents_that_have_no_text_yet(home_page):
    document = save_document("Starší zápis", "zapis.pdf", text_pdf("Zapis z jednani o bydleni"))
    DocumentText.objects.all().delete()

    call_command("extract_document_texts", stdout=io.StringIO())

    assert "bydleni" in DocumentText.objects.get(document=document).text
    assert "bydleni" in SearchEntry.objects.get(source=f"document:{document.pk}").text
