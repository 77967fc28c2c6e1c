"""StreamField blocks of campaigns and events: testimonials, figures, partners, programme."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.blocks import BodyBlock
from portal.security.safe_urls import validate_safe_url

PROVIDER_PAGE = "catalogue.ProviderPage"
SERVICE_PAGE = "catalogue.ServicePage"
LIFE_SITUATION = "catalogue.LifeSituation"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Citace")
    author = blocks.CharBlock(label="Autor", required=False)
    role = blocks.CharBlock(label="Kdo to je", required=False, help_text="Např. pěstounka.")

    class Meta:
        icon = "openquote"
        label = "Citace / svědectví"
        template = "components/campaigns/blocks/quote_block.html"


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label="Číslo", max_length=30, help_text="Např. cca 130.")
    label = blocks.CharBlock(label="Co číslo znamená", help_text="Např. dohod uzavřelo MMO.")

    class Meta:
        icon = "order"
        label = "Číslo"


class FiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Nadpis", required=False)
    figures = blocks.ListBlock(FigureBlock(), label="Čísla")

    class Meta:
        icon = "order"
        label = "Výsledky v číslech"
        template = "components/campaigns/blocks/figures_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Nadpis")
    text = blocks.RichTextBlock(label="Text", features=["bold", "italic", "link"])
    link_page = blocks.PageChooserBlock(label="Odkaz na stránku", required=False)
    link_url = blocks.URLBlock(
        label="Nebo odkaz na web", required=False, validators=[validate_safe_url]
    )
    link_text = blocks.CharBlock(label="Text odkazu", required=False)
    contact = blocks.TextBlock(
        label="Kontakt", required=False, help_text="Jméno, telefon, e-mail: kam se obrátit."
    )

    class Meta:
        icon = "pick"
        label = "Výzva k akci s kontaktem"
        template = "components/campaigns/blocks/call_to_action_block.html"


class CampaignBodyBlock(BodyBlock):
    """The body of a campaign: the shared blocks plus testimonials, figures and calls to action."""

    quote = QuoteBlock()
    figures = FiguresBlock()
    call_to_action = CallToActionBlock()


class ProviderPartnerBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(page_type=PROVIDER_PAGE, label="Poskytovatel z katalogu")
    role = blocks.CharBlock(label="Role v kampani", required=False)

    class Meta:
        icon = "group"
        label = "Partner z katalogu"


class OrganisationPartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Název organizace")
    url = blocks.URLBlock(label="Web", required=False, validators=[validate_safe_url])
    logo = ImageChooserBlock(label="Logo", required=False)
    role = blocks.CharBlock(label="Role v kampani", required=False)

    class Meta:
        icon = "site"
        label = "Jiná organizace"


class PartnersBlock(blocks.StreamBlock):
    provider = ProviderPartnerBlock()
    organisation = OrganisationPartnerBlock()


class TimelineEntryBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label="Rok", min_value=1990, max_value=2100)
    title = blocks.CharBlock(label="Nadpis")
    text = blocks.TextBlock(label="Co se v tom roce stalo", required=False)

    class Meta:
        icon = "date"
        label = "Rok kampaně"


class ProgrammeSlotBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label="Od")
    end = blocks.TimeBlock(label="Do", required=False)
    title = blocks.CharBlock(label="Bod programu")
    speakers = blocks.CharBlock(label="Kdo vystoupí", required=False)
    description = blocks.TextBlock(label="Popis", required=False)

    class Meta:
        icon = "time"
        label = "Bod programu"


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Jméno")
    role = blocks.CharBlock(label="Organizace a funkce", required=False)
    bio = blocks.TextBlock(label="Krátce o řečníkovi", required=False)
    photo = ImageChooserBlock(label="Fotografie", required=False)

    class Meta:
        icon = "user"
        label = "Řečník"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Dokument")
    title = blocks.CharBlock(
        label="Název", required=False, help_text="Prázdné = použije se název dokumentu."
    )

    class Meta:
        icon = "doc-full"
        label = "Dokument"
