"""Text PDFs for the demo's documents and for tests, written with fpdf2.

The pages are A4 and set in DejaVu Sans, embedded from ``portal/demo/fonts/`` (a subset with every
Czech letter, licence beside it), so the text reads and extracts the same on every machine; no
font is taken from the system. The output is reproducible: the same content and date give the
same bytes.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVuSans"
# Used when a caller gives no date, so that the bytes do not depend on the day they are made.
FIXED_DATE = datetime(2020, 1, 1, tzinfo=UTC)
LINE = 5.5  # line height of the body text, mm


@dataclass(frozen=True)
class Section:
    """A heading with paragraphs and then a bulleted list, both optional."""

    heading: str = ""
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


class _Page(FPDF):
    """A4 portrait with the demo's fonts; a footer with the page number unless it is None."""

    def __init__(self, footer_note):
        super().__init__(format="A4")
        self.footer_note = footer_note
        self.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=22)

    def footer(self):
        if self.footer_note is None:
            return
        self.set_y(-15)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(90)
        note = f"{self.footer_note} · " if self.footer_note else ""
        self.cell(0, 5, f"{note}strana {self.page_no()}", align="C")

    def paragraph(self, text, size=10.5, style=""):
        self.set_font(FAMILY, style, size)
        self.multi_cell(0, LINE, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bullet(self, text):
        self.set_font(FAMILY, "", 10.5)
        self.cell(6, LINE, "•")
        self.multi_cell(0, LINE, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def document_pdf(title, sections=(), *, subtitle="", footer_note="", created=None):
    """A PDF with ``title`` as its heading and metadata, a subtitle and ``sections``."""
    pdf = _Page(footer_note)
    pdf.set_title(title)
    pdf.set_lang("cs")
    pdf.set_creator("Portál komunitního plánování")
    pdf.set_creation_date(created or FIXED_DATE)
    pdf.add_page()
    pdf.paragraph(title, size=16, style="B")
    if subtitle:
        pdf.ln(1)
        pdf.set_text_color(70)
        pdf.paragraph(subtitle, size=10)
        pdf.set_text_color(0)
    for section in sections:
        pdf.ln(4)
        if section.heading:
            pdf.paragraph(section.heading, size=12, style="B")
            pdf.ln(1)
        for text in section.paragraphs:
            pdf.paragraph(text)
            pdf.ln(1.5)
        for text in section.bullets:
            pdf.bullet(text)
    return bytes(pdf.output())


def text_pdf(*lines):
    """A one-page PDF showing ``lines`` one under another (for uploads in tests)."""
    pdf = _Page(None)
    pdf.set_lang("cs")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    for line in lines:
        pdf.paragraph(line)
    return bytes(pdf.output())
