"""The parts of a service edited inline on its page: places, opening hours, contacts."""

from datetime import time

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from catalogue.models.taxonomy import District
from portal.security.safe_urls import safe_url, validate_safe_url
from portal.widgets.map_picker import CoordinatesPanel

WEEKDAYS = [
    (0, "pondělí"),
    (1, "úterý"),
    (2, "středa"),
    (3, "čtvrtek"),
    (4, "pátek"),
    (5, "sobota"),
    (6, "neděle"),
]


def tel_href(number):
    """The ``tel:`` link of a phone number as people write it ("+420 599 443 111")."""
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


class ServicePlace(Orderable):
    """A place where the service is provided; a secret address is never shown nor exported."""

    class Access(models.TextChoices):
        FULL = "ano", "bezbariérový přístup"
        PARTIAL = "castecne", "částečně bezbariérový přístup"
        NONE = "ne", "bez bezbariérového přístupu"
        UNKNOWN = "", "neuvedeno"

    service = ParentalKey("catalogue.ServicePage", on_delete=models.CASCADE, related_name="places")
    name = models.CharField("Název místa", max_length=255, help_text="Např. „Azylový dům Vesna“.")
    address_secret = models.BooleanField(
        "Utajená adresa",
        default=False,
        help_text="Např. u azylových domů pro oběti domácího násilí: adresa ani mapa se nikde "
        "nezobrazí ani neexportuje.",
    )
    street = models.CharField(
        "Ulice a číslo", max_length=255, blank=True, help_text="Např. Českobratrská 1234/5."
    )
    postcode = models.CharField("PSČ", max_length=6, blank=True, help_text="Např. 702 00.")
    city = models.CharField(
        "Obec", max_length=120, default="Ostrava", help_text="Obec, kde se služba poskytuje."
    )
    district = models.ForeignKey(
        District,
        verbose_name="Městský obvod",
        help_text="Obvod Ostravy, podle kterého lidé v katalogu filtrují.",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="places",
    )
    ruian_code = models.CharField(
        "Kód adresního místa (RÚIAN)",
        max_length=12,
        blank=True,
        db_index=True,
        help_text="Vyplňuje import z registru poskytovatelů. Podle tohoto kódu doplní příkaz "
        "import_ruian souřadnice z RÚIAN; místo bez kódu je samo nedostane, zadejte je ručně.",
    )
    latitude = models.DecimalField(
        "Zeměpisná šířka",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="Ve stupních, např. 49.822802 (z mapy: pravým tlačítkem na místo). U místa "
        "s kódem RÚIAN se doplní samy; bez kódu je zadejte ručně, jinak se místo neukáže na mapě.",
    )
    longitude = models.DecimalField(
        "Zeměpisná délka",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="Ve stupních, např. 18.247618.",
    )
    accessibility = models.CharField(
        "Bezbariérovost",
        max_length=8,
        choices=Access.choices,
        blank=True,
        help_text="Zda se do místa dostane člověk na vozíku.",
    )
    accessibility_note = models.CharField(
        "Poznámka k přístupnosti",
        max_length=255,
        blank=True,
        help_text="Např. „výtah do 2. patra, indukční smyčka na recepci“.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address_secret"),
        FieldRowPanel([FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")]),
        FieldPanel("district"),
        FieldPanel("ruian_code"),
        CoordinatesPanel(lookup_url_name="catalogue_place_lookup"),
        FieldRowPanel([FieldPanel("accessibility"), FieldPanel("accessibility_note")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Místo poskytování"
        verbose_name_plural = "Místa poskytování"

    def __str__(self):
        return self.name

    @property
    def address(self):
        """One-line address, or an empty string when it is secret."""
        if self.address_secret:
            return ""
        return ", ".join(
            part for part in [self.street, f"{self.postcode} {self.city}".strip()] if part
        )

    @property
    def has_map(self):
        return not self.address_secret and self.latitude is not None and self.longitude is not None

    def osm_url(self):
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )

    def mapy_url(self):
        return f"https://mapy.cz/zakladni?q={self.latitude}%2C{self.longitude}&z=17"

    def search_words(self):
        district = self.district.name if self.district else ""
        if self.address_secret:
            return f"{self.city} {district}"
        return f"{self.name} {self.street} {self.city} {district}"

    def schema_place(self):
        place = {
            "@type": "Place",
            "name": self.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street,
                "postalCode": self.postcode,
                "addressLocality": self.city,
                "addressCountry": "CZ",
            },
        }
        if self.has_map:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return place


class OpeningHours(Orderable):
    """What a service offers on one weekday: an opening interval, all day, or by appointment.

    A day may have several intervals (e.g. morning and afternoon). Editors fill them in the
    weekly grid of ``catalogue.editors.opening_hours``, not row by row.
    """

    class Kind(models.TextChoices):
        HOURS = "", "v uvedených časech"
        ALL_DAY = "nonstop", "nonstop"
        BY_APPOINTMENT = "po-dohode", "po dohodě"

    service = ParentalKey(
        "catalogue.ServicePage", on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField("Den", choices=WEEKDAYS)
    kind = models.CharField("Druh", max_length=10, choices=Kind.choices, blank=True, default="")
    opens = models.TimeField("Od", null=True, blank=True, help_text="Začátek, např. 8:00.")
    closes = models.TimeField("Do", null=True, blank=True, help_text="Konec, např. 16:30.")

    class Meta(Orderable.Meta):
        verbose_name = "Otevírací doba"
        verbose_name_plural = "Otevírací doba"

    def clean(self):
        if self.kind != self.Kind.HOURS:
            return
        if self.opens is None or self.closes is None:
            raise ValidationError("Zadejte začátek i konec.")
        if self.opens >= self.closes:
            raise ValidationError({"closes": "Konec musí být později než začátek."})

    def sort_key(self):
        return (self.weekday, self.opens or time.min)

    def __str__(self):
        if self.kind != self.Kind.HOURS:
            return self.get_kind_display()
        return f"{self.opens:%-H.%M}–{self.closes:%-H.%M}"


class ServiceContact(Orderable):
    """A phone, e-mail or web address for reaching the service."""

    class Kind(models.TextChoices):
        PHONE = "telefon", "telefon"
        EMAIL = "email", "e-mail"
        WEB = "web", "web"

    service = ParentalKey(
        "catalogue.ServicePage", on_delete=models.CASCADE, related_name="contacts"
    )
    kind = models.CharField(
        "Druh", max_length=8, choices=Kind.choices, help_text="Telefon, e-mail nebo jiný kontakt."
    )
    value = models.CharField("Kontakt", max_length=255, help_text="Číslo, adresa nebo odkaz.")
    note = models.CharField(
        "Poznámka", max_length=120, blank=True, help_text="Např. „krizová linka, nonstop“."
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("value"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = "Kontakt"
        verbose_name_plural = "Kontakty"

    def clean(self):
        if self.kind == self.Kind.WEB:
            try:
                validate_safe_url(self.value)
            except ValidationError as error:
                raise ValidationError({"value": error}) from error

    @property
    def href(self):
        """The link to open: ``tel:``, ``mailto:`` or the web address if its scheme is allowed."""
        if self.kind == self.Kind.PHONE:
            return tel_href(self.value)
        if self.kind == self.Kind.EMAIL:
            return f"mailto:{self.value}"
        return safe_url(self.value)
