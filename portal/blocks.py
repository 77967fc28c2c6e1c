"""StreamField blocks shared by every page type that has a free-form body."""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

HEADING_LEVELS = [
    ("h2", "Nadpis 2. úrovně"),
    ("h3", "Nadpis 3. úrovně"),
    ("h4", "Nadpis 4. úrovně"),
]
CALLOUT_KINDS = [("info", "Informace"), ("warning", "Upozornění"), ("success", "Dobrá zpráva")]

TABLE_OPTIONS = {
    "minSpareRows": 0,
    "startRows": 3,
    "startCols": 3,
    "colHeaders": False,
    "rowHeaders": False,
    "contextMenu": True,
    "language": "cs-CZ",
}


def live_or_none(page):
    """A page chosen in a block, if visitors can open it; None for a draft or unpublished one."""
    return page if page is not None and page.live else None


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Text nadpisu", max_length=200)
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2", label="Úroveň")

    class Meta:
        icon = "title"
        label = "Nadpis"
        template = "components/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Obrázek")
    alt_text = blocks.CharBlock(
        label="Alternativní text",
        required=False,
        help_text="Popište, co je na obrázku, pro nevidomé. Prázdné = použije se popis obrázku.",
    )
    caption = blocks.CharBlock(label="Popisek", required=False)

    class Meta:
        icon = "image"
        label = "Obrázek"
        template = "components/blocks/image_block.html"


class DocumentLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Nadpis seznamu", required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(label="Dokument"), label="Dokumenty")

    class Meta:
        icon = "doc-full"
        label = "Dokumenty ke stažení"
        template = "components/blocks/document_links_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CALLOUT_KINDS, default="info", label="Druh")
    title = blocks.CharBlock(label="Nadpis", required=False)
    text = blocks.RichTextBlock(label="Text", features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = "Zvýrazněný rámeček"
        template = "components/blocks/callout_block.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="Otázka / nadpis", max_length=300)
    answer = blocks.RichTextBlock(label="Odpověď / obsah")


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Nadpis", required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label="Položky")

    class Meta:
        icon = "list-ul"
        label = "Rozbalovací seznam (FAQ)"
        template = "components/blocks/accordion_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body of standard pages and of other free-form page types."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="Text",
        icon="pilcrow",
        features=["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"],
        template="components/blocks/paragraph_block.html",
    )
    image = ImageBlock()
    documents = DocumentLinksBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
    table = TableBlock(label="Tabulka", table_options=TABLE_OPTIONS)
