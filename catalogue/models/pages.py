"""The catalogue's index page (search and print) and the page of each provider."""

from django.core.exceptions import ValidationError
from django.db import models
from django.forms import CheckboxSelectMultiple
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from stdnum.cz import dic
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalogue.models.service_parts import tel_href
from catalogue.models.taxonomy import PlanningArea
from catalogue.structured_data import as_json_ld
from portal.admin_visibility import DraftTitleMixin
from portal.security.safe_urls import safe_url, validate_safe_url


def validate_ico(value):
    """IČO: eight digits with a valid check digit (leading zeros kept)."""
    if not (len(value) == 8 and value.isdigit() and dic.is_valid(value)):
        raise ValidationError("IČO musí mít 8 číslic a platnou kontrolní číslici.")


class CatalogueIndexPage(DraftTitleMixin, RoutablePageMixin, Page):
    """The catalogue of social services: faceted search at its URL, the printable catalogue at
    ``tisk/`` and as a PDF at ``tisk.pdf``. Providers are its children."""

    introduction = models.TextField(
        "Úvodní text", blank=True, help_text="Krátce, k čemu katalog slouží a jak v něm hledat."
    )
    print_introduction = RichTextField(
        "Úvod tištěného katalogu",
        blank=True,
        help_text="Text na první straně tiskové verze (např. kdo katalog vydává a kdy).",
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("print_introduction"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["catalogue.ProviderPage"]
    max_count = 1

    class Meta:
        verbose_name = "Katalog služeb"
        verbose_name_plural = "Katalogy služeb"

    @path("")
    def search(self, request):
        from catalogue.views import catalogue_search

        return catalogue_search(request, self)

    @path("tisk/")
    def print_version(self, request):
        from catalogue.printing.views import catalogue_print

        return catalogue_print(request, self)

    @path("tisk.pdf", name="print_pdf")
    def print_pdf(self, request):
        """The printed catalogue as a PDF (reached through catalogue.printing.urls)."""
        from catalogue.printing.views import catalogue_pdf

        return catalogue_pdf(request, self)

    @path("mapa.geojson", name="map_data")
    def map_data(self, request):
        """The places of the search's services as GeoJSON (reached through catalogue.map_urls)."""
        from catalogue.maps import catalogue_geojson

        return catalogue_geojson(request, self)

    def serve_preview(self, request, mode_name):
        return self.search(request)


class ProviderPage(DraftTitleMixin, Page):
    """An organisation that provides social services; its services are the child pages."""

    class LegalForm(models.TextChoices):
        ASSOCIATION = "zs", "spolek (z. s.)"
        BENEFIT = "ops", "obecně prospěšná společnost (o. p. s.)"
        INSTITUTE = "ustav", "ústav (z. ú.)"
        CHURCH = "cirkev", "církevní právnická osoba"
        MUNICIPAL = "po", "příspěvková organizace"
        MUNICIPALITY = "obec", "obec nebo městský obvod"
        COMPANY = "sro", "obchodní společnost"
        FOUNDATION = "nadace", "nadace nebo nadační fond"
        OTHER = "jina", "jiná"

    # Public bodies (a municipality and the organisations it founds) provide government services.
    PUBLIC_LEGAL_FORMS = {LegalForm.MUNICIPAL, LegalForm.MUNICIPALITY}
    NONPROFIT_LEGAL_FORMS = {
        LegalForm.ASSOCIATION,
        LegalForm.BENEFIT,
        LegalForm.INSTITUTE,
        LegalForm.CHURCH,
        LegalForm.FOUNDATION,
    }

    ico = models.CharField(
        "IČO",
        max_length=8,
        validators=[validate_ico],
        help_text="Identifikační číslo osoby, 8 číslic včetně úvodních nul.",
    )
    legal_form = models.CharField(
        "Právní forma",
        max_length=8,
        choices=LegalForm.choices,
        help_text="Jak je organizace zapsána ve veřejném rejstříku (spolek, o.p.s. …).",
    )
    description = RichTextField(
        "O organizaci", blank=True, help_text="Poslání a činnost organizace pro veřejnost."
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Logo",
        help_text="Logo organizace; v knihovně obrázků k němu vyplňte popis.",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(
        "Web",
        blank=True,
        validators=[validate_safe_url],
        help_text="Celá adresa webu organizace, např. https://www.example.org/.",
    )
    email = models.EmailField(
        "E-mail", blank=True, help_text="Obecný e-mail organizace pro veřejnost."
    )
    address = models.TextField(
        "Adresa sídla", blank=True, help_text="Ulice a číslo, PSČ a obec, každé na nový řádek."
    )
    contact_person = models.CharField(
        "Kontaktní osoba",
        max_length=255,
        blank=True,
        help_text="Jméno a funkce osoby, na kterou se lze obrátit (např. vedoucí služeb).",
    )
    planning_areas = ParentalManyToManyField(
        PlanningArea,
        verbose_name="Oblasti plánování",
        related_name="providers",
        blank=True,
        help_text="Oblasti komunitního plánu, ve kterých organizace působí.",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("ico"), FieldPanel("legal_form")]),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("website"), FieldPanel("email")]),
                InlinePanel("phones", label="Telefon"),
                FieldPanel("address"),
                FieldPanel("contact_person"),
            ],
            heading="Kontakty",
        ),
        FieldPanel("planning_areas", widget=CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.FilterField("ico"),
    ]

    parent_page_types = ["catalogue.CatalogueIndexPage"]
    subpage_types = ["catalogue.ServicePage"]

    class Meta:
        verbose_name = "Poskytovatel"
        verbose_name_plural = "Poskytovatelé"

    def get_context(self, request, *args, **kwargs):
        from catalogue.cards import cards_for
        from catalogue.models.services import ServicePage

        context = super().get_context(request, *args, **kwargs)
        services = ServicePage.objects.child_of(self).live().order_by("title").for_listing()
        context["services"] = services
        context["cards"] = cards_for(services)
        return context

    def save(self, *args, update_fields=None, **kwargs):
        super().save(*args, update_fields=update_fields, **kwargs)
        if update_fields is None or "title" in update_fields:
            from catalogue.search.sources import index_services

            index_services(self.services.live())  # they are found by the provider's name

    def structured_data(self):
        return as_json_ld(self.organisation_data())

    @property
    def is_public_body(self):
        """Founded by the state, a region or a municipality (by its registered legal form)."""
        return self.legal_form in self.PUBLIC_LEGAL_FORMS

    def schema_type(self):
        if self.is_public_body:
            return "GovernmentOrganization"
        if self.legal_form in self.NONPROFIT_LEGAL_FORMS:
            return "NGO"
        return "Organization"

    def organisation_data(self):
        """schema.org Organization (JSON-LD fragment)."""
        data = {"@type": self.schema_type(), "name": self.title, "identifier": self.ico}
        if safe_url(self.website):
            data["url"] = safe_url(self.website)
        if self.email:
            data["email"] = self.email
        phones = [phone.number for phone in self.phones.all()]
        if phones:
            data["telephone"] = phones[0]
        return data


class ProviderPhone(Orderable):
    """A phone number of the organisation."""

    provider = ParentalKey(ProviderPage, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(
        "Telefon", max_length=32, help_text="Číslo s předvolbou, např. +420 599 000 000."
    )
    note = models.CharField("Poznámka", max_length=120, blank=True, help_text="Např. „recepce“.")

    panels = [FieldRowPanel([FieldPanel("number"), FieldPanel("note")])]

    @property
    def href(self):
        return tel_href(self.number)
