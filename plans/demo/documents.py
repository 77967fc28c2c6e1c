"""The document library: its collections and a few small placeholder PDFs."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from plans.models import DocumentLibraryPage
from portal.demo.pages import ensure_child

ROOT_NAME = "Komunitní plánování"
COLLECTIONS = ["Plány", "Zápisy", "Metodiky", "Letáky", "Výroční zprávy"]

# key → (collection, title, year, file name)
DOCUMENTS = {
    "plan-zlin": (
        "Plány",
        "Střednědobý plán sociálních a souvisejících služeb ve Zlíně 2008–2012",
        2008,
        "strednedoby-plan-zlin-2008-2012.pdf",
    ),
    "zapis-2018-03-08": (
        "Zápisy",
        "Zápis z jednání PS Děti a rodina 8. 3. 2018",
        2018,
        "zapis-ps-deti-a-rodina-2018-03-08.pdf",
    ),
    "manual-ukazatele": (
        "Metodiky",
        "Manuál pro vykazování ukazatelů v sociálních službách a souvisejících aktivitách",
        2009,
        "manual-vykazovani-ukazatelu-2009.pdf",
    ),
    "letak-lide-lidem": (
        "Letáky",
        "Lidé lidem – přehlídka sociálních služeb a souvisejících aktivit",
        2009,
        "letak-lide-lidem-2009.pdf",
    ),
    "zprava-kp-ostrava": (
        "Výroční zprávy",
        "Závěrečná zpráva projektu KP Ostrava 2006–2007",
        2007,
        "zaverecna-zprava-kp-ostrava-2007.pdf",
    ),
}


def placeholder_pdf(title):
    """A one-page PDF saying that this is a demo stand-in for the real document."""
    text = "Ukazkovy dokument portalu: " + title.encode("ascii", "replace").decode()
    text = text.replace("(", "[").replace(")", "]")
    stream = f"BT /F1 12 Tf 50 780 Td ({text[:90]}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def ensure_collections():
    root = Collection.get_first_root_node()
    library_root = root.get_children().filter(name=ROOT_NAME).first()
    if library_root is None:
        library_root = root.add_child(name=ROOT_NAME)
    children = {c.name: c for c in library_root.get_children()}
    for name in COLLECTIONS:
        if name not in children:
            children[name] = library_root.add_child(name=name)
    return library_root, children


def ensure_documents(collections):
    Document = get_document_model()
    documents = {}
    for key, (collection_name, title, year, file_name) in DOCUMENTS.items():
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title, collection=collections[collection_name])
            document.file.save(file_name, ContentFile(placeholder_pdf(title)), save=False)
            document._set_document_file_metadata()
            document.save()
            created = timezone.make_aware(datetime.datetime(year, 6, 1, 12, 0))
            Document.objects.filter(pk=document.pk).update(created_at=created)
        documents[key] = document
    return documents


def ensure_library(index, log):
    """The collections, the documents and the library page; returns documents by key."""
    library_root, collections = ensure_collections()
    documents = ensure_documents(collections)
    ensure_child(
        index,
        DocumentLibraryPage,
        "dokumenty",
        log,
        title="Dokumenty",
        introduction="Komunitní plány, zápisy z jednání pracovních skupin, metodiky, letáky "
        "a výroční zprávy. U každého dokumentu je uveden formát a velikost souboru.",
        root_collection=library_root,
    )
    return documents
