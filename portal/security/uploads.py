"""Checks that an uploaded document or image really is what its file name says.

Wagtail checks extensions, sizes and pixel counts (settings ``WAGTAILDOCS_EXTENSIONS``,
``WAGTAILIMAGES_*``); these form bases (``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
``WAGTAILIMAGES_IMAGE_FORM_BASE``) also look inside the file, so that an HTML page renamed to
``.pdf`` or ``.txt``, or a broken image, is refused with a Czech message.
"""

import re
import zipfile
from pathlib import PurePath

from django import forms
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

HEAD_BYTES = 64 * 1024
ZIP_BASED = {"docx", "xlsx", "pptx", "odt", "ods", "zip"}
TEXT_BASED = {"csv", "txt"}
MARKUP = re.compile(rb"<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|\?xml)", re.I)


def _read_head(file):
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    return head


def _pdf_problem(file):
    """Why a PDF cannot be opened by a visitor, or None. A PDF that only restricts printing
    or copying (an owner password) opens without a password and is fine."""
    try:
        reader = PdfReader(file, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return "Dokument PDF je chráněný heslem. Nahrajte jej prosím bez hesla."
        if len(reader.pages) > 0:
            return None
    except Exception:  # pypdf raises many kinds of errors on a damaged file
        pass
    finally:
        file.seek(0)
    return "Dokument PDF je poškozený a nejde otevřít."


def document_problem(file, extension):
    """Why the file does not look like a ``.<extension>`` document, or None."""
    head = _read_head(file)
    if not head:
        return "Soubor je prázdný."
    if extension == "pdf":
        if b"%PDF-" not in head[:1024]:
            return "Soubor má příponu .pdf, ale není to dokument PDF."
        return _pdf_problem(file)
    elif extension in ZIP_BASED:
        is_zip = zipfile.is_zipfile(file)
        file.seek(0)
        if not is_zip:
            return f"Soubor má příponu .{extension}, ale jeho obsah tomu neodpovídá."
    elif extension == "rtf":
        if not head.startswith(b"{\\rtf"):
            return "Soubor má příponu .rtf, ale není to dokument RTF."
    elif extension in TEXT_BASED:
        if b"\x00" in head:
            return f"Soubor má příponu .{extension}, ale není to prostý text."
        if MARKUP.search(head):
            return (
                "Soubor obsahuje kód webové stránky (HTML/SVG). Takové soubory z bezpečnostních "
                "důvodů nepřijímáme; nahrajte dokument jako PDF."
            )
    return None


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form that also refuses disguised and damaged files."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            extension = PurePath(file.name).suffix.lower().lstrip(".")
            problem = document_problem(file, extension)
            if problem:
                raise forms.ValidationError(problem)
        return file


DAMAGED_IMAGE = "Obrázek je poškozený nebo neúplný a nejde načíst. Uložte jej znovu a nahrajte."


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, but a file whose header cannot be read is an error, not a crash."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise forms.ValidationError(DAMAGED_IMAGE, code="invalid_image") from error


def image_problem(file):
    """Why Pillow cannot decode the whole image, or None."""
    file.seek(0)
    try:
        with Image.open(file) as image:
            image.verify()
        file.seek(0)
        with Image.open(file) as image:
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return DAMAGED_IMAGE
    finally:
        file.seek(0)
    return None


class ImageForm(BaseImageForm):
    """Wagtail's image form that also decodes the whole image, so a broken one is refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail builds the field itself (formfield_for_dbfield); keep it, widget and all,
            # and only add the handling of unreadable files.
            field.__class__ = CheckedImageField

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            problem = image_problem(file)
            if problem:
                raise forms.ValidationError(problem)
        return file
