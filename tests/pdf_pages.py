"""Reading a PDF response as the text of its pages (the printed catalogue, a plan)."""

import io
import re

from pypdf import PdfReader


def pages_of(response):
    """The PDF's pages as text, with leader dots and runs of spaces made single spaces."""
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    pages = [re.sub(r"(?:\s*\.){2,}", " ", page.extract_text()) for page in reader.pages]
    return [re.sub(r"\s+", " ", page) for page in pages]
