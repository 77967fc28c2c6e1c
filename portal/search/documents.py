"""The text of the library's PDF and DOCX files, extracted once per file version.

Extraction runs when a document is saved with a file it has not been extracted from (upload,
replacing the file) and by ``manage.py extract_document_texts``. It never stops an upload:
broken, encrypted or oversized files are logged and stored with their status and no text.
"""

import hashlib
import logging
import zipfile

from django.apps import apps

logger = logging.getLogger(__name__)

MAX_FILE_SIZE = 25 * 1024 * 1024  # bytes; larger files are not opened at all
MAX_PDF_PAGES = 300
MAX_DOCX_XML_SIZE = 50 * 1024 * 1024  # uncompressed word/document.xml (zip bombs)
MAX_TEXT_LENGTH = 100_000  # characters kept per document


class ExtractionError(Exception):
    """The file could not be read; the message is shown to coordinators (Czech)."""


def _document_text_model():
    return apps.get_model("portal", "DocumentText")


def _collapse(parts):
    """One line of text from ``parts``, whitespace collapsed, cut at ``MAX_TEXT_LENGTH``."""
    collected = []
    length = 0
    for part in parts:
        words = " ".join((part or "").split())
        if not words:
            continue
        collected.append(words)
        length += len(words) + 1
        if length > MAX_TEXT_LENGTH:
            break
    return " ".join(collected)[:MAX_TEXT_LENGTH]


def _pdf_parts(file):
    from pypdf import PdfReader

    reader = PdfReader(file)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as error:  # pypdf raises several kinds for unsupported encryption
            raise ExtractionError("Soubor PDF je zašifrovaný.") from error
        if not opened:
            raise ExtractionError("Soubor PDF je zašifrovaný.")
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES:
            break
        yield page.extract_text()


def _docx_parts(file):
    import docx

    with zipfile.ZipFile(file) as archive:
        try:
            size = archive.getinfo("word/document.xml").file_size
        except KeyError as error:
            raise ExtractionError("Soubor DOCX nemá obsah dokumentu.") from error
        if size > MAX_DOCX_XML_SIZE:
            raise ExtractionError("Obsah souboru DOCX je příliš velký.")
    file.seek(0)
    document = docx.Document(file)
    for paragraph in document.paragraphs:
        yield paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield cell.text


EXTRACTORS = {"pdf": _pdf_parts, "docx": _docx_parts}


def extract(file, extension):
    """Plain text of an open binary ``file`` of type ``extension``; raises ExtractionError."""
    extractor = EXTRACTORS[extension]
    try:
        return _collapse(extractor(file))
    except ExtractionError:
        raise
    except Exception as error:  # any parser failure on a broken file is a soft failure
        raise ExtractionError(f"Soubor nejde přečíst ({type(error).__name__}).") from error


def extract_document(document):
    """Extract and store the text of ``document``'s current file; return the DocumentText."""
    Status = _document_text_model().Status
    extension = (document.file_extension or "").lower()
    status, text, error = Status.EXTRACTED, "", ""
    if extension not in EXTRACTORS:
        status = Status.UNSUPPORTED
    else:
        try:
            size = document.file.size
            if size > MAX_FILE_SIZE:
                status, error = Status.TOO_LARGE, f"Soubor má {size} bajtů."
            else:
                with document.file.open("rb") as file:
                    text = extract(file, extension)
        except (ExtractionError, OSError) as failure:
            status, error = Status.FAILED, str(failure)[:300]
    if error:
        logger.warning("Text of document %s (%s) not extracted: %s", document.pk, extension, error)
    stored, _ = _document_text_model().objects.update_or_create(
        document=document,
        defaults={"file_hash": file_key(document), "status": status, "text": text, "error": error},
    )
    return stored


def file_key(document):
    """What identifies the version of the file: Wagtail's hash, else a hash of its name."""
    return document.file_hash or hashlib.sha1(document.file.name.encode()).hexdigest()


def stored_text(document, refresh=False):
    """The extracted text of ``document``, extracting it first if its file changed."""
    current = _document_text_model().objects.filter(document=document).first()
    if refresh or current is None or current.file_hash != file_key(document):
        current = extract_document(document)
    return current.text


def extract_all(refresh=False):
    """(Re)extract the text of every document (only changed or new ones unless ``refresh``)."""
    from wagtail.documents import get_document_model

    from portal.search import indexing

    count = 0
    for document in get_document_model().objects.all().iterator():
        stored_text(document, refresh=refresh)
        indexing.index_document(document)
        count += 1
    return count
