"""The demo's PDF builder writes Czech text that any reader shows and extracts unchanged."""

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from portal.demo.pdf import FONTS, Section, document_pdf, text_pdf

CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy – „Děti a rodina“ § 65"


def read(pdf):
    return PdfReader(io.BytesIO(pdf))


def page_text(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


def embedded_fonts(reader):
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.append((str(font["/BaseFont"]), "/FontFile2" in descriptor.get_object()))
    return fonts


def test_text_pdf_keeps_every_czech_letter():
    pdf = text_pdf(CZECH, "Noclehárna pro muže")

    reader = read(pdf)

    assert page_text(reader).splitlines() == [CZECH, "Noclehárna pro muže"]
    assert len(reader.pages) == 1


def test_document_pdf_embeds_the_bundled_font_with_title_and_language():
    pdf = document_pdf(
        "Zápis z jednání PS Děti a rodina 8. 3. 2018",
        [Section("Program", ("Organizační záležitosti.",), ("Popis cílové skupiny",))],
        subtitle="Komunitní plánování sociálních služeb v Ostravě",
    )

    reader = read(pdf)

    assert reader.metadata.title == "Zápis z jednání PS Děti a rodina 8. 3. 2018"
    assert reader.trailer["/Root"]["/Lang"] == "cs"
    assert page_text(reader).startswith("Zápis z jednání PS Děti a rodina 8. 3. 2018\n")
    fonts = embedded_fonts(reader)
    assert fonts and all("DejaVuSans" in name and embedded for name, embedded in fonts)
    assert {path.name for path in FONTS.iterdir()} >= {"DejaVuSans.ttf", "LICENSE"}


def test_long_document_flows_onto_numbered_pages():
    paragraph = "Členové pracovní skupiny projednali cíle a opatření komunitního plánu. " * 12
    sections = [Section(f"Bod {n}", (paragraph,), ("úkol", "termín")) for n in range(1, 9)]

    reader = read(document_pdf("Dlouhý zápis", sections, footer_note="Ukázkový dokument"))

    assert len(reader.pages) >= 3
    last = reader.pages[-1].extract_text()
    assert f"Ukázkový dokument · strana {len(reader.pages)}" in last
    assert "Bod 8" in page_text(reader)


def test_same_content_gives_the_same_bytes():
    created = datetime(2018, 6, 1, 12, tzinfo=UTC)
    sections = [Section("Výsledky", ("Do projektu se zapojilo 1 780 lidí.",))]

    first = document_pdf("Závěrečná zpráva", sections, created=created)

    assert document_pdf("Závěrečná zpráva", sections, created=created) == first
    assert text_pdf("Zápis") == text_pdf("Zápis")
    assert read(first).metadata.creation_date == created
