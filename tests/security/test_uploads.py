"""Editors uploading oversized, disguised or damaged files get a clear Czech reason."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from portal.demo.pages import ensure_child
from portal.models import StandardPage

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redaktor", "r@example.org"))
    return client


def png(width=40, height=30, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def noisy_png():
    buffer = io.BytesIO()
    Image.effect_noise((120, 120), 60).save(buffer, "PNG")
    return buffer.getvalue()


def pdf(user_password=None):
    buffer = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password="vlastnik")
    writer.write(buffer)
    return buffer.getvalue()


def upload(client, kind, name, content):
    url = "/admin/images/add/" if kind == "image" else "/admin/documents/add/"
    return client.post(
        url,
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def refused(response, *czech_fragments):
    """The form came back (nothing saved) with every fragment among its errors."""
    assert response.status_code == 200, response.status_code
    errors = " ".join(str(e) for e in response.context["form"].errors.get("file", []))
    for fragment in czech_fragments:
        assert fragment in errors, errors
    return errors


def test_valid_image_and_pdf_are_accepted(editor_client):
    assert upload(editor_client, "image", "foto.png", png()).status_code == 302
    assert upload(editor_client, "document", "zapis.pdf", pdf()).status_code == 302
    assert get_image_model().objects.count() == 1
    assert get_document_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("obrazek.jpg", b"<html><script>alert(1)</script></html>", "formát"),
        ("obrazek.png", noisy_png()[:4000], "poškozený nebo neúplný"),
        ("obrazek.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "formát"),
        ("obrazek.html", b"<p>Ahoj</p>", "formát"),
        ("obrazek.gif", b"", "prázdný"),
    ],
    ids=["text-as-jpg", "truncated-png", "svg", "html", "empty"],
)
def test_disguised_or_damaged_images_are_refused(editor_client, name, content, reason):
    refused(upload(editor_client, "image", name, content), reason)
    assert not get_image_model().objects.exists()


def test_oversized_image_is_refused(editor_client):
    content = png() + b"\0" * (10 * MB)

    refused(upload(editor_client, "image", "velka.png", content), "příliš velký", "10,0")
    assert not get_image_model().objects.exists()


def test_image_with_too_many_pixels_is_refused(editor_client):
    content = png(8000, 5001, mode="1")  # 40 008 000 pixels, over the 40 million limit

    refused(upload(editor_client, "image", "obrovska.png", content), "příliš mnoho bodů")
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("stranka.html", b"<script>alert(1)</script>", "není povolen"),
        ("kresba.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "není povolen"),
        ("program.exe", b"MZ\x90\x00", "není povolen"),
        ("zapis.pdf", b"<!DOCTYPE html><script>alert(1)</script>", "není to dokument PDF"),
        ("zapis.pdf", b"%PDF-1.7\n1 0 obj broken", "poškozený"),
        ("poznamky.txt", b"Dobry den\n<script>alert(1)</script>", "kód webové stránky"),
        ("data.csv", b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>', "kód webové"),
        ("tabulka.xlsx", b"<html></html>", "obsah tomu neodpovídá"),
        ("text.rtf", b"<html></html>", "není to dokument RTF"),
        ("prazdny.pdf", b"", "prázdný"),
    ],
    ids=[
        "html",
        "svg",
        "exe",
        "html-as-pdf",
        "broken-pdf",
        "html-in-txt",
        "svg-in-csv",
        "html-as-xlsx",
        "html-as-rtf",
        "empty",
    ],
)
def test_disguised_risky_or_damaged_documents_are_refused(editor_client, name, content, reason):
    refused(upload(editor_client, "document", name, content), reason)
    assert not get_document_model().objects.exists()


def test_pdf_that_only_restricts_copying_is_accepted(editor_client):
    assert upload(editor_client, "document", "plan.pdf", pdf(user_password="")).status_code == 302


def test_pdf_that_needs_a_password_to_open_is_refused(editor_client):
    response = upload(editor_client, "document", "plan.pdf", pdf(user_password="tajne"))

    refused(response, "chráněný heslem")
    assert not get_document_model().objects.exists()


def test_oversized_document_is_refused(editor_client):
    content = pdf() + b"\0" * (20 * MB)

    refused(upload(editor_client, "document", "velky.pdf", content), "příliš velký")
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("kind", "name", "content", "reason"),
    [
        ("documents", "zapis.pdf", b"<html><script>alert(1)</script>", "není to dokument PDF"),
        ("images", "foto.png", noisy_png()[:4000], "poškozený nebo neúplný"),
    ],
)
def test_multiple_upload_checks_the_content_too(editor_client, kind, name, content, reason):
    response = editor_client.post(
        f"/admin/{kind}/multiple/add/", {"files[]": SimpleUploadedFile(name, content)}
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert reason in response.json()["error_message"]
    assert not get_document_model().objects.exists()
    assert not get_image_model().objects.exists()


def test_pdf_opens_inline_but_risky_documents_are_downloaded(client, home_page):
    document_model = get_document_model()
    report = document_model.objects.create(title="Zpráva", file=ContentFile(pdf(), "zprava.pdf"))
    # a file from before the allow-list, saved without the form's checks
    legacy = document_model.objects.create(
        title="Stará stránka", file=ContentFile(b"<script>alert(1)</script>", "stara.html")
    )
    # both published on a page, so that anyone may download them
    documents = {"title": "Ke stažení", "documents": [report, legacy]}
    ensure_child(
        home_page, StandardPage, "ke-stazeni", title="Ke stažení", body=[("documents", documents)]
    )

    inline = client.get(report.url)
    attachment = client.get(legacy.url)

    assert inline.status_code == 200
    assert inline["Content-Disposition"].startswith("inline")
    assert attachment.status_code == 200
    assert attachment["Content-Disposition"].startswith("attachment")
    assert attachment["X-Content-Type-Options"] == "nosniff"
    assert attachment["Content-Security-Policy"] == "default-src 'none'"
