"""The document library: its collections and the demo's PDFs (text from the seeds)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from plans.demo.library_texts import TEXTS
from plans.models import DocumentLibraryPage
from portal.demo.pages import ensure_child
from portal.demo.pdf import document_pdf

ROOT_NAME = "Komunitní plánování"
DEMO_NOTE = "Ukázkový dokument portálu komunitního plánování, sestavený z podkladů"
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


def demo_pdf(key, title, year):
    """The document ``key`` as a PDF: its text from the seeds, marked as demo in the footer."""
    subtitle, sections = TEXTS[key]()
    created = datetime.datetime(year, 6, 1, 12, 0, tzinfo=datetime.UTC)
    return document_pdf(title, sections, subtitle=subtitle, footer_note=DEMO_NOTE, created=created)


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
            pdf = demo_pdf(key, title, year)
            document.file.save(file_name, ContentFile(pdf), save=False)
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
